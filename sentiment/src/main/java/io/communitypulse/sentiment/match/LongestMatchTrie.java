package io.communitypulse.sentiment.match;

import java.io.IOException;
import java.io.ObjectInputStream;
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

    /** Bit c set when some keyword starts with char c. */
    private transient long[] firstChars;
    /** Open addressing over edges: key {@code node << 16 | char}, -1 when empty. */
    private transient long[] edgeKeys;
    private transient int[] edgeTargets;
    private transient int edgeShift;

    private LongestMatchTrie(int[] firstEdge, int[] edgeCount, char[] edgeChar, int[] edgeTarget, int[] value) {
        this.firstEdge = firstEdge;
        this.edgeCount = edgeCount;
        this.edgeChar = edgeChar;
        this.edgeTarget = edgeTarget;
        this.value = value;
        buildLookup();
    }

    private void buildLookup() {
        long[] first = new long[1024];
        for (int e = firstEdge[0], end = e + edgeCount[0]; e < end; e++) {
            first[edgeChar[e] >>> 6] |= 1L << edgeChar[e];
        }
        int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, edgeChar.length) * 2 - 1));
        long[] keys = new long[1 << bits];
        int[] targets = new int[1 << bits];
        java.util.Arrays.fill(keys, -1L);
        int shift = 64 - bits;
        int mask = (1 << bits) - 1;
        for (int node = 0; node < firstEdge.length; node++) {
            for (int e = firstEdge[node], end = e + edgeCount[node]; e < end; e++) {
                long key = ((long) node << 16) | edgeChar[e];
                int h = slot(key, shift);
                while (keys[h] != -1L) {
                    h = (h + 1) & mask;
                }
                keys[h] = key;
                targets[h] = edgeTarget[e];
            }
        }
        this.firstChars = first;
        this.edgeKeys = keys;
        this.edgeTargets = targets;
        this.edgeShift = shift;
    }

    private static int slot(long key, int shift) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        buildLookup();
    }

    /** Whether some keyword starts with {@code c}: a cheap pre-check before {@link #longestMatch}. */
    public boolean mayStartWith(char c) {
        return (firstChars[c >>> 6] & (1L << c)) != 0;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The longest keyword that starts at {@code from}, packed as {@code length << 32 | value}, or
     * {@link #NO_MATCH}. Use {@link #matchLength} and {@link #matchValue} to unpack.
     */
    public long longestMatch(CharSequence text, int from) {
        if (from >= text.length() || !mayStartWith(text.charAt(from))) {
            return NO_MATCH;
        }
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

    /** As {@link #longestMatch(CharSequence, int)}, specialised for strings (the hot path). */
    public long longestMatch(String text, int from) {
        if (from >= text.length() || !mayStartWith(text.charAt(from))) {
            return NO_MATCH;
        }
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
        long key = ((long) node << 16) | c;
        long[] keys = edgeKeys;
        int mask = keys.length - 1;
        for (int h = slot(key, edgeShift); ; h = (h + 1) & mask) {
            long k = keys[h];
            if (k == key) {
                return edgeTargets[h];
            }
            if (k == -1L) {
                return -1;
            }
        }
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
