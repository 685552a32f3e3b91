package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentiment words ({@code lexicon.tsv}) and the function words that modify them
 * ({@code function_words.tsv}: negators, degree words, contrast words, words that end a negation) in one
 * longest-match trie.
 * Sentiment words are added first, so a word in both lists is a sentiment word.
 */
public final class Lexicon {
    public enum Kind { SENTIMENT, NEGATOR, DEGREE, CONTRAST, SCOPE_END }

    private static final Lexicon DEFAULT = load();

    private final LongestMatchTrie trie;
    /** Flag of a sentiment word: a product problem (过敏, 异物, 没收到...) that makes a statement a complaint. */
    public static final byte PROBLEM = 1;
    /** Flag of a sentiment word: politeness (谢谢), not an opinion a sarcasm emoticon could turn sour. */
    public static final byte POLITE = 2;

    private final Kind[] kinds;
    private final float[] weights;
    private final byte[] flags;

    private Lexicon(LongestMatchTrie trie, Kind[] kinds, float[] weights, byte[] flags) {
        this.trie = trie;
        this.kinds = kinds;
        this.weights = weights;
        this.flags = flags;
    }

    public static Lexicon instance() {
        return DEFAULT;
    }

    /** As {@link LongestMatchTrie#longestMatch}: the value is an entry id for {@link #kind} and {@link #weight}. */
    public long match(String text, int from) {
        return trie.longestMatch(text, from);
    }

    public Kind kind(int entry) {
        return kinds[entry];
    }

    /** Polarity for a sentiment word, multiplier for a degree word, 0 otherwise. */
    public float weight(int entry) {
        return weights[entry];
    }

    /** {@link #PROBLEM} and {@link #POLITE} bits of a sentiment word (third column of {@code lexicon.tsv}). */
    public byte flags(int entry) {
        return flags[entry];
    }

    private static Lexicon load() {
        LongestMatchTrie.Builder trie = LongestMatchTrie.builder();
        List<Kind> kinds = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        List<Byte> flags = new ArrayList<>();
        for (String[] row : rows("lexicon.tsv")) {
            trie.add(TextNormaliser.normalise(row[0]), kinds.size());
            kinds.add(Kind.SENTIMENT);
            weights.add(Float.parseFloat(row[1]));
            byte flag = 0;
            if (row.length > 2) {
                switch (row[2].trim()) {
                    case "problem" -> flag = PROBLEM;
                    case "polite" -> flag = POLITE;
                    case "" -> { }
                    default -> throw new IllegalStateException("lexicon.tsv: unknown flag " + row[2] + " of " + row[0]);
                }
            }
            flags.add(flag);
        }
        for (String[] row : rows("function_words.tsv")) {
            trie.add(TextNormaliser.normalise(row[0]), kinds.size());
            kinds.add(Kind.valueOf(row[1].toUpperCase(Locale.ROOT)));
            weights.add(Float.parseFloat(row[2]));
            flags.add((byte) 0);
        }
        byte[] f = new byte[flags.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = flags.get(i);
        }
        float[] w = new float[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return new Lexicon(trie.build(), kinds.toArray(Kind[]::new), w, f);
    }

    static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/io/communitypulse/sentiment/" + resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
