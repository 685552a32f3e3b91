package io.communitypulse.sentiment.text;

import io.communitypulse.sentiment.match.LongestMatchTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * WeChat emoticons ({@code [微笑]}), emoji and punctuation signals ({@code ？？？}) as single
 * private-use characters, so the n-gram model and the rules see each as one token.
 *
 * <p>The table {@code emoticons.tsv} gives each token a prior polarity and a kind; the review corpora
 * the model is trained on contain no emoticons, so these priors are hand-set, not learned.
 */
public final class SignalTokens {
    /** Kinds of token; SARCASM tokens turn otherwise positive or negative text sour. */
    public enum Kind { POSITIVE, NEGATIVE, SARCASM, NEUTRAL, SIGNAL }

    private static final char FIRST = '\uE000';
    private static final SignalTokens INSTANCE = load();

    public final char repeatedQuestion;
    public final char repeatedExclamation;
    public final char ellipsis;

    private final LongestMatchTrie bracketed;
    private final Map<Integer, Character> byCodePoint;
    private final List<String> display;
    private final float[] polarity;
    private final Kind[] kind;

    private SignalTokens(LongestMatchTrie bracketed, Map<Integer, Character> byCodePoint, List<String> display,
            float[] polarity, Kind[] kind) {
        this.bracketed = bracketed;
        this.byCodePoint = byCodePoint;
        this.display = display;
        this.polarity = polarity;
        this.kind = kind;
        this.repeatedQuestion = signal("？？？");
        this.repeatedExclamation = signal("！！！");
        this.ellipsis = signal("……");
    }

    public static SignalTokens instance() {
        return INSTANCE;
    }

    public static boolean isToken(char c) {
        return c >= FIRST && c < FIRST + 0x800;
    }

    /** The token for a bracketed emoticon starting at {@code from} (already folded), packed as the trie does. */
    long bracketedAt(CharSequence folded, int from) {
        return bracketed.longestMatch(folded, from);
    }

    char tokenAt(int index) {
        return (char) (FIRST + index);
    }

    /** The token for an emoji code point, or 0. */
    char emoji(int codePoint) {
        Character token = byCodePoint.get(codePoint);
        return token == null ? 0 : token;
    }

    public String display(char token) {
        return display.get(token - FIRST);
    }

    public float polarity(char token) {
        return polarity[token - FIRST];
    }

    public Kind kind(char token) {
        return kind[token - FIRST];
    }

    private char signal(String name) {
        int index = display.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("emoticons.tsv lacks the signal " + name);
        }
        return (char) (FIRST + index);
    }

    private static SignalTokens load() {
        LongestMatchTrie.Builder bracketed = LongestMatchTrie.builder();
        Map<Integer, Character> byCodePoint = new HashMap<>();
        List<String> display = new ArrayList<>();
        List<Float> polarities = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        try (InputStream in = SignalTokens.class.getResourceAsStream("/io/communitypulse/sentiment/emoticons.tsv")) {
            if (in == null) {
                throw new IllegalStateException("emoticons.tsv missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String token = cols[0];
                int index = display.size();
                char pua = (char) (FIRST + index);
                display.add(token);
                polarities.add(Float.parseFloat(cols[1]));
                kinds.add(Kind.valueOf(cols[2].trim().toUpperCase(java.util.Locale.ROOT)));
                if (token.startsWith("[")) {
                    bracketed.add(TextNormaliser.foldAll(token), index);
                } else if (token.codePointCount(0, token.length()) == 1) {
                    byCodePoint.put(token.codePointAt(0), pua);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float[] polarity = new float[polarities.size()];
        for (int i = 0; i < polarity.length; i++) {
            polarity[i] = polarities.get(i);
        }
        return new SignalTokens(bracketed.build(), byCodePoint, List.copyOf(display), polarity,
                kinds.toArray(Kind[]::new));
    }
}
