package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.SentimentResult;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one chat line without its conversation ({@link MessageAnalysis}): the words of the complaint
 * vocabularies it holds, whether each is stated, asked or negated, the emoticons, a quote it opens
 * with, and what the sentiment model (already run upstream) said. Stateless and thread-safe.
 *
 * <p>The words are read by {@link LineScan}; quotes come from the raw text ({@link Quotes}), because the
 * normaliser drops quotation marks.
 */
public final class MessageAnalyser implements Serializable {
    private static final long serialVersionUID = 1L;

    public MessageAnalysis analyse(String text, SentimentResult sentiment) {
        String normalised = LineFeatures.normalise(text);
        LineScan scan = new LineScan(normalised);
        scan.run();
        Quotes.Found quote = Quotes.find(text);
        int stated = scan.stated;
        if (quote.scareQuoted()) {
            stated |= Signal.QUOTED_PRAISE.bit();
            scan.cues.add(new Cue(Signal.QUOTED_PRAISE, quote.text()));
        }
        if (!quote.quotedLine().isEmpty()) {
            stated |= Signal.QUOTE.bit();
        }
        List<Aspect> aspects = new ArrayList<>(scan.aspects);
        for (Aspect aspect : sentiment.aspects()) {
            if (aspect != Aspect.OTHER && !aspects.contains(aspect)) {
                aspects.add(aspect);
            }
        }
        return new MessageAnalysis(stated, scan.asked, scan.negated, scan.anyQuestion, scan.emoticons, scan.cues,
                aspects, sentiment.products(), sentiment.score(), quote.quotedLine(), Heads.of(normalised),
                sentiment.cues());
    }
}
