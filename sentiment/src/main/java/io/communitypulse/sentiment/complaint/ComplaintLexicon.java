package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.TextNormaliser;
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
 * The complaint vocabularies ({@code complaint/signals.tsv}, {@code complaint/symptoms.tsv}) in one
 * longest-match trie over normalised text. A phrase listed more than once keeps every signal it was
 * given (谢谢 is praise, and sarcasm after a complaint) and the first aspect.
 */
public final class ComplaintLexicon {
    private static final String FOLDER = "/io/communitypulse/sentiment/complaint/";
    private static final ComplaintLexicon DEFAULT = load();

    private final LongestMatchTrie trie;
    private final int[] signals;
    private final Aspect[] aspects;
    private final String[] phrases;

    private ComplaintLexicon(LongestMatchTrie trie, int[] signals, Aspect[] aspects, String[] phrases) {
        this.trie = trie;
        this.signals = signals;
        this.aspects = aspects;
        this.phrases = phrases;
    }

    public static ComplaintLexicon instance() {
        return DEFAULT;
    }

    /** As {@link LongestMatchTrie#longestMatch}; the value is an entry id. */
    long match(String text, int from) {
        return trie.longestMatch(text, from);
    }

    /** The {@link Signal} bits of an entry. */
    int signals(int entry) {
        return signals[entry];
    }

    /** The aspect a symptom names, or null. */
    Aspect aspect(int entry) {
        return aspects[entry];
    }

    /** The entry as written in the file: what an operator reads as a cue. */
    String phrase(int entry) {
        return phrases[entry];
    }

    int size() {
        return phrases.length;
    }

    private static ComplaintLexicon load() {
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> signals = new ArrayList<>();
        List<Aspect> aspects = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String[] row : rows("signals.tsv")) {
            add(ids, signals, aspects, phrases, row[0], Signal.fromName(row[1]).bit(), row.length > 2 ? row[2] : null);
        }
        for (String[] row : rows("symptoms.tsv")) {
            add(ids, signals, aspects, phrases, row[0], Signal.SYMPTOM.bit(), row.length > 1 ? row[1] : null);
        }
        LongestMatchTrie.Builder trie = LongestMatchTrie.builder();
        ids.forEach((key, id) -> trie.add(key, id));
        return new ComplaintLexicon(trie.build(), signals.stream().mapToInt(Integer::intValue).toArray(),
                aspects.toArray(Aspect[]::new), phrases.toArray(String[]::new));
    }

    private static void add(Map<String, Integer> ids, List<Integer> signals, List<Aspect> aspects, List<String> phrases,
            String phrase, int signal, String aspect) {
        String key = TextNormaliser.normalise(phrase);
        Aspect named = aspect == null || aspect.isBlank() ? null : Aspect.fromWireName(aspect);
        Integer id = ids.get(key);
        if (id == null) {
            ids.put(key, signals.size());
            signals.add(signal);
            aspects.add(named);
            phrases.add(phrase);
        } else {
            signals.set(id, signals.get(id) | signal);
            if (aspects.get(id) == null) {
                aspects.set(id, named);
            }
        }
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ComplaintLexicon.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t");
                    if (row.length < 2 && resource.equals("signals.tsv")) {
                        throw new IllegalStateException(resource + ": no signal for " + line);
                    }
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
