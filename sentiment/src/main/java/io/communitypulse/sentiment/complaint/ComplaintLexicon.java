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
    /** Suffix of a signal name in signals.tsv: the signal counts only when the phrase opens the line. */
    private static final String LEAD = "_lead";
    private static final ComplaintLexicon DEFAULT = load();

    private final LongestMatchTrie trie;
    private final int[] signals;
    private final int[] leadSignals;
    private final Aspect[] aspects;
    private final String[] phrases;

    private ComplaintLexicon(LongestMatchTrie trie, int[] signals, int[] leadSignals, Aspect[] aspects, String[] phrases) {
        this.trie = trie;
        this.signals = signals;
        this.leadSignals = leadSignals;
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

    /** The signal bits of an entry that count only when it opens the line ({@code agree_lead}: 确实, 对). */
    int leadSignals(int entry) {
        return leadSignals[entry];
    }

    /** Whether an entry starts or ends with a Latin letter, so it must match a whole word (same, refund). */
    boolean latinAt(int entry, boolean start) {
        String phrase = phrases[entry];
        char c = phrase.charAt(start ? 0 : phrase.length() - 1);
        return c < 128 && Character.isLetter(c);
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
        Entries entries = new Entries();
        for (String[] row : rows("signals.tsv")) {
            String name = row[1].trim();
            boolean lead = name.endsWith(LEAD);
            Signal signal = Signal.fromName(lead ? name.substring(0, name.length() - LEAD.length()) : name);
            entries.add(row[0], signal.bit(), lead ? signal.bit() : 0, row.length > 2 ? row[2] : null);
        }
        for (String[] row : rows("symptoms.tsv")) {
            entries.add(row[0], Signal.SYMPTOM.bit(), 0, row.length > 1 ? row[1] : null);
        }
        LongestMatchTrie.Builder trie = LongestMatchTrie.builder();
        entries.ids.forEach((key, id) -> trie.add(key, id));
        return new ComplaintLexicon(trie.build(), toArray(entries.signals), toArray(entries.leadSignals),
                entries.aspects.toArray(Aspect[]::new), entries.phrases.toArray(String[]::new));
    }

    private static int[] toArray(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Rows merged by normalised phrase while loading. */
    private static final class Entries {
        final Map<String, Integer> ids = new HashMap<>();
        final List<Integer> signals = new ArrayList<>();
        final List<Integer> leadSignals = new ArrayList<>();
        final List<Aspect> aspects = new ArrayList<>();
        final List<String> phrases = new ArrayList<>();

        void add(String phrase, int signal, int leadSignal, String aspect) {
            String key = TextNormaliser.normalise(phrase);
            Aspect named = aspect == null || aspect.isBlank() ? null : Aspect.fromWireName(aspect);
            Integer id = ids.get(key);
            if (id == null) {
                ids.put(key, signals.size());
                signals.add(signal);
                leadSignals.add(leadSignal);
                aspects.add(named);
                phrases.add(phrase);
                return;
            }
            // a phrase listed twice keeps both signals; it is lead-only for a signal only if every row says so
            int before = signals.get(id);
            int lead = leadSignals.get(id);
            leadSignals.set(id, (lead & ~signal) | (leadSignal & ~(before & ~lead)));
            signals.set(id, before | signal);
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
