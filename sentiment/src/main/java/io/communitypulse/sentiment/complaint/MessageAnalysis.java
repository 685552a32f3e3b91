package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.text.SignalTokens;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one chat line says on its own, before the conversation is known: the context-free half of
 * complaint recognition ({@link MessageAnalyser}), cheap enough for the pipeline's enrich stage.
 * {@link ComplaintJudge} reads it together with the group's recent lines. Its lists are plain ArrayLists, so it
 * can travel in a Flink record from the enrich stage to the per-group detector; treat them as read-only.
 *
 * @param stated {@link Signal} bits of words in clauses that state something, not negated
 * @param asked {@link Signal} bits of words inside question clauses, not negated
 * @param negated {@link Signal} bits of words right after a negator (没有过敏, 一点不搓泥)
 * @param asks whether some clause asks (ends in ？ or 吗/呢/么, or holds a question word)
 * @param emoticons {@link #POSITIVE_EMOTICON}, {@link #NEGATIVE_EMOTICON}, {@link #SARCASM_EMOTICON} bits
 * @param cues the words found, in text order, each with its signal
 * @param aspects aspects named by the symptom words and the sentiment model (never {@link Aspect#OTHER})
 * @param products catalogue SKUs the line names
 * @param modelScore the sentiment model's score in [-1, 1]
 * @param quote the normalised text of a quote the line opens with (「…」), or empty
 * @param head the first characters of the normalised text, kept in state to recognise a later quote of it
 * @param modelCues the sentiment model's cues, shown when no listed word decided
 */
public record MessageAnalysis(
        int stated,
        int asked,
        int negated,
        boolean asks,
        int emoticons,
        List<Cue> cues,
        List<Aspect> aspects,
        List<String> products,
        double modelScore,
        String quote,
        String head,
        List<String> modelCues) implements Serializable {

    public static final int POSITIVE_EMOTICON = 1;
    public static final int NEGATIVE_EMOTICON = 2;
    public static final int SARCASM_EMOTICON = 4;

    public MessageAnalysis {
        // plain ArrayLists (not List.copyOf): Flink's Kryo fallback can copy them between operators
        cues = new ArrayList<>(cues);
        aspects = new ArrayList<>(aspects);
        products = new ArrayList<>(products);
        modelCues = new ArrayList<>(modelCues);
    }

    /** Whether the line holds the signal anywhere, stated or asked (negated words do not count). */
    public boolean has(Signal signal) {
        return signal.in(stated | asked);
    }

    public boolean states(Signal signal) {
        return signal.in(stated);
    }

    public boolean asksAbout(Signal signal) {
        return signal.in(asked);
    }

    public boolean negates(Signal signal) {
        return signal.in(negated);
    }

    public boolean hasEmoticon(int kind) {
        return (emoticons & kind) != 0;
    }

    /** Whether the line says something in words: not empty once normalised ([裂开][裂开] is) and not {@link #wordless()}. */
    public boolean hasWords() {
        return !head.isEmpty() && !wordless();
    }

    /** Whether the line has no words, only emoticons and punctuation (👍, [强][强]). */
    public boolean wordless() {
        if (head.isEmpty()) {
            return false;
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!SignalTokens.isToken(c) && Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** The words found for one signal, in text order. */
    public List<String> cuesOf(Signal signal) {
        return cues.stream().filter(cue -> cue.signal() == signal).map(Cue::text).toList();
    }
}
