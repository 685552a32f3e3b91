package io.communitypulse.pipeline.community;

import java.util.List;
import java.util.function.Function;

/** Binary search in a list kept sorted by an id: the state's lists stay lists, and lookups stay fast. */
final class SortedIds {

    private SortedIds() {}

    /** The index of {@code key}, or {@code -(insertion point) - 1} as {@link java.util.Collections#binarySearch}. */
    static <T> int indexOf(List<T> sorted, Function<T, String> id, String key) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = id.apply(sorted.get(mid)).compareTo(key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
