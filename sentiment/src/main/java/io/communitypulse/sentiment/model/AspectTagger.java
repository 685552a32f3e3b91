package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.ArrayList;
import java.util.List;

/** Tags the aspects a message is about from the keyword lists in {@code aspects.tsv}. */
final class AspectTagger {
    private static final Aspect[] ASPECTS = Aspect.values();
    private static final List<Aspect> OTHER_ONLY = List.of(Aspect.OTHER);
    private static final String NONE = "none";
    private final LongestMatchTrie keywords;
    /** Every set of aspects as an immutable list in enum order, indexed by bitmask: no allocation per call. */
    @SuppressWarnings("unchecked")
    private final List<Aspect>[] listOf = new List[1 << ASPECTS.length];

    AspectTagger() {
        LongestMatchTrie.Builder builder = LongestMatchTrie.builder();
        for (String[] row : Lexicon.rows("aspects.tsv")) {
            // "none": phrases that contain a keyword yet name no aspect (贵妃芒, 手慢); longest match swallows them
            int value = NONE.equals(row[0]) ? ASPECTS.length : Aspect.fromWireName(row[0]).ordinal();
            for (String keyword : row[1].split(" ")) {
                builder.add(TextNormaliser.normalise(keyword), value);
            }
        }
        this.keywords = builder.build();
        for (int mask = 0; mask < listOf.length; mask++) {
            List<Aspect> list = new ArrayList<>();
            for (Aspect a : ASPECTS) {
                if ((mask & (1 << a.ordinal())) != 0) {
                    list.add(a);
                }
            }
            listOf[mask] = List.copyOf(list);
        }
    }

    /**
     * Aspects named in the text; {@link Aspect#OTHER} alone when none is but the message has a sentiment.
     * Tells {@code cues} (if not null) where each keyword is.
     */
    List<Aspect> aspects(String text, boolean opinionated, CueCollector cues) {
        int found = 0;
        int i = 0;
        while (i < text.length()) {
            long match = keywords.longestMatch(text, i);
            if (match == LongestMatchTrie.NO_MATCH) {
                i++;
                continue;
            }
            int value = LongestMatchTrie.matchValue(match);
            int length = LongestMatchTrie.matchLength(match);
            if (cues != null) {
                // a keyword is a word a cue may grow to cover; a "none" phrase (贵妃, 手慢) one it must not cut into
                cues.word(i, i + length, value == ASPECTS.length);
            }
            found |= 1 << value;
            found &= ~(1 << ASPECTS.length);
            i += length;
        }
        if (found != 0) {
            return listOf[found];
        }
        return opinionated ? OTHER_ONLY : List.of();
    }
}
