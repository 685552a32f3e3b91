package io.communitypulse.notifier.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * At-least-once over asynchronous work: a record's offset may be committed only when its work and
 * that of every record before it on the partition is done. Each record holds a count of open work;
 * the committable position of a partition is its lowest open offset (or one past the last seen).
 */
public final class OffsetTracker {

    private final Map<Integer, TreeMap<Long, Integer>> open = new HashMap<>();
    private final Map<Integer, Long> nextAfterSeen = new HashMap<>();

    /** A record was read; it holds one unit of work until {@link #release} is called for it. */
    public synchronized void add(int partition, long offset) {
        open.computeIfAbsent(partition, p -> new TreeMap<>()).merge(offset, 1, Integer::sum);
        nextAfterSeen.merge(partition, offset + 1, Math::max);
    }

    /** One more unit of work for a record already added. */
    public synchronized void retain(int partition, long offset) {
        open.get(partition).merge(offset, 1, Integer::sum);
    }

    public synchronized void release(int partition, long offset) {
        TreeMap<Long, Integer> offsets = open.get(partition);
        if (offsets != null && offsets.merge(offset, -1, Integer::sum) <= 0) {
            offsets.remove(offset);
        }
    }

    /** The offset to commit for each partition seen: everything before it is done. */
    public synchronized Map<Integer, Long> committable() {
        Map<Integer, Long> positions = new HashMap<>();
        nextAfterSeen.forEach((partition, next) -> {
            TreeMap<Long, Integer> offsets = open.get(partition);
            positions.put(partition, offsets == null || offsets.isEmpty() ? next : offsets.firstKey());
        });
        return positions;
    }

    /** Forgets a partition this consumer no longer owns. */
    public synchronized void forget(int partition) {
        open.remove(partition);
        nextAfterSeen.remove(partition);
    }

    public synchronized int openRecords() {
        return open.values().stream().mapToInt(TreeMap::size).sum();
    }
}
