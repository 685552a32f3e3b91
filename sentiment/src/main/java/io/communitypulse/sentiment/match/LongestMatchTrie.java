package io.communitypulse.sentiment.match;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A compact, immutable trie over keywords that answers "the longest keyword starting here".
 *
 * <p>Greedy longest match from left to right is what dictionaries of Chinese words want (不错 wins over
 * 不, 一点都不 over 不), and with words of a few characters it costs a handful of binary searches per
 * character, which beats a general Aho-Corasick automaton on short chat messages.
 */
public final class LongestMatchTrie implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Returned by {@link #longestMatch} when no keyword starts at the position. */
    public static final long NO_MATCH = -1L;

    private final int[] firstEdge;
    private final int[] edgeCount;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] value;

    private LongestMatchTrie(int[] firstEdge, int[] edgeCount, char[] edgeChar, int[] edgeTarget, int[] value) {
        this.firstEdge = firstEdge;
        this.edgeCount = edgeCount;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.value = value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest keyword that starts at {@code from}, packed as {@code length << 32 | value}, or
     * {@link #NO_MATCH}. Use {@link #matchLength} and {@link #matchValue} to unpack.
     */
    public long longestMatch(CharSequence text, int from) {
        int node = 0;
        long best = NO_MATCH;
        for (int i = from, n = text.length(); i < n; i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                break;
            }
            if (value[node] >= 0) {
                best = ((long) (i - from + 1) << 32) | value[node];
            }
        }
        return best;
    }

    public static int matchLength(long match) {
        return (int) (match >>> 32);
    }

    public static int matchValue(long match) {
        return (int) match;
    }

    public boolean isEmpty() {
        return edgeCount[0] == 0;
    }

    private int child(int node, char c) {
        int lo = firstEdge[node];
        int hi = lo + edgeCount[node] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char k = edgeChar[mid];
            if (k < c) {
                lo = mid + 1;
            } else if (k > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    /** Collects keywords; the first value added for a key wins. */
    public static final class Builder {
        private final List<TreeMap<Character, Integer>> children = new ArrayList<>();
        private final List<Integer> values = new ArrayList<>();

        private Builder() {
            newNode();
        }

        public Builder add(String key, int keyValue) {
            if (keyValue < 0) {
                throw new IllegalArgumentException("values must be >= 0: " + keyValue);
            }
            if (key.isEmpty()) {
                return this;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                Integer next = children.get(node).get(key.charAt(i));
                if (next == null) {
                    next = newNode();
                    children.get(node).put(key.charAt(i), next);
                }
                node = next;
            }
            if (values.get(node) < 0) {
                values.set(node, keyValue);
            }
            return this;
        }

        public LongestMatchTrie build() {
            int nodes = children.size();
            int edges = nodes - 1;
            int[] firstEdge = new int[nodes];
            int[] edgeCount = new int[nodes];
            char[] edgeChar = new char[edges];
            int[] edgeTarget = new int[edges];
            int[] value = new int[nodes];
            int e = 0;
            for (int node = 0; node < nodes; node++) {
                firstEdge[node] = e;
                edgeCount[node] = children.get(node).size();
                value[node] = values.get(node);
                for (Map.Entry<Character, Integer> edge : children.get(node).entrySet()) {
                    edgeChar[e] = edge.getKey();
                    edgeTarget[e] = edge.getValue();
                    e++;
                }
            }
            return new LongestMatchTrie(firstEdge, edgeCount, edgeChar, edgeTarget, value);
        }

        private int newNode() {
            children.add(new TreeMap<>());
            values.add(-1);
            return children.size() - 1;
        }
    }
}
