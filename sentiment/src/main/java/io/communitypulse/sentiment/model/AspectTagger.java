package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.util.EnumSet;
import java.util.List;

/** Tags the aspects a message is about from the keyword lists in {@code aspects.tsv}. */
final class AspectTagger {
    private static final Aspect[] ASPECTS = Aspect.values();
    private final LongestMatchTrie keywords;

    AspectTagger() {
        LongestMatchTrie.Builder builder = LongestMatchTrie.builder();
        for (String[] row : Lexicon.rows("aspects.tsv")) {
            Aspect aspect = Aspect.fromWireName(row[0]);
            for (String keyword : row[1].split(" ")) {
                builder.add(TextNormaliser.normalise(keyword), aspect.ordinal());
            }
        }
        this.keywords = builder.build();
    }

    /** Aspects named in the text; {@link Aspect#OTHER} alone when none is but the message has a sentiment. */
    List<Aspect> aspects(String text, boolean opinionated) {
        EnumSet<Aspect> found = null;
        int i = 0;
        while (i < text.length()) {
            long match = keywords.longestMatch(text, i);
            if (match == LongestMatchTrie.NO_MATCH) {
                i++;
                continue;
            }
            if (found == null) {
                found = EnumSet.noneOf(Aspect.class);
            }
            found.add(ASPECTS[LongestMatchTrie.matchValue(match)]);
            i += LongestMatchTrie.matchLength(match);
        }
        if (found != null) {
            return List.copyOf(found);
        }
        return opinionated ? List.of(Aspect.OTHER) : List.of();
    }
}
