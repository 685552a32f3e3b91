package io.communitypulse.sentiment.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongestMatchTrieTest {

    @Test
    void longestKeywordWins() {
        LongestMatchTrie trie = LongestMatchTrie.builder().add("不", 0).add("不错", 1).add("一点都不", 2).build();
        assertThat(value(trie, "不错啊", 0)).isEqualTo(1);
        assertThat(LongestMatchTrie.matchLength(trie.longestMatch("不错啊", 0))).isEqualTo(2);
        assertThat(value(trie, "不好", 0)).isEqualTo(0);
        assertThat(value(trie, "一点都不差", 0)).isEqualTo(2);
        assertThat(trie.longestMatch("一点都", 0)).isEqualTo(LongestMatchTrie.NO_MATCH);
        assertThat(trie.longestMatch("好", 0)).isEqualTo(LongestMatchTrie.NO_MATCH);
        assertThat(trie.longestMatch("不", 1)).isEqualTo(LongestMatchTrie.NO_MATCH);
        assertThat(trie.mayStartWith('不')).isTrue();
        assertThat(trie.mayStartWith('好')).isFalse();
    }

    @Test
    void agreesWithBruteForceOnManyKeywords() {
        Random random = new Random(7);
        String alphabet = "好差不很a\uE001\uFFFF\u0000";
        String[] keys = new String[3000];
        LongestMatchTrie.Builder builder = LongestMatchTrie.builder();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = randomText(random, alphabet, 1 + random.nextInt(6));
            builder.add(keys[i], i);
        }
        LongestMatchTrie trie = builder.build();
        for (int t = 0; t < 300; t++) {
            String text = randomText(random, alphabet, 12);
            for (int from = 0; from < text.length(); from++) {
                int bestLength = 0;
                int bestValue = -1;
                for (int i = 0; i < keys.length; i++) {
                    if (text.startsWith(keys[i], from) && (keys[i].length() > bestLength
                            || keys[i].length() == bestLength && bestValue > i)) {
                        bestLength = keys[i].length();
                        bestValue = i;
                    }
                }
                long match = trie.longestMatch(text, from);
                if (bestValue < 0) {
                    assertThat(match).isEqualTo(LongestMatchTrie.NO_MATCH);
                } else {
                    assertThat(LongestMatchTrie.matchLength(match)).isEqualTo(bestLength);
                    assertThat(LongestMatchTrie.matchValue(match)).isEqualTo(bestValue);
                    assertThat(trie.longestMatch((CharSequence) new StringBuilder(text), from)).isEqualTo(match);
                }
            }
        }
    }

    @Test
    void survivesSerialisation() throws Exception {
        LongestMatchTrie trie = LongestMatchTrie.builder().add("雅诗兰黛", 3).add("sk-ii", 4).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(trie);
        }
        LongestMatchTrie copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (LongestMatchTrie) in.readObject();
        }
        assertThat(value(copy, "买了sk-ii", 2)).isEqualTo(4);
        assertThat(value(copy, "雅诗兰黛的", 0)).isEqualTo(3);
    }

    private static int value(LongestMatchTrie trie, String text, int from) {
        return LongestMatchTrie.matchValue(trie.longestMatch(text, from));
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
