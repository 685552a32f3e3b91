package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.SentimentResult;
import java.io.Serializable;

/**
 * Complaint recognition for group chat, in two halves the pipeline can run apart: {@link #analyse} reads a
 * line alone (the enrich stage, next to the sentiment model), {@link #judge} reads it in its group's
 * conversation and updates the group's {@link ConversationState} (a keyed detector, in event-time order); the
 * judge's rules are read a second time by a {@link LearnedReader}.
 * Stateless itself and serializable, so an operator holds one as a field. See docs/complaints.md.
 */
public final class ComplaintRecognizer implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MessageAnalyser analyser = new MessageAnalyser();
    private final ComplaintJudge judge;

    /** The rules, then the shipped {@link LearnedReader}: what the pipeline runs. */
    public ComplaintRecognizer() {
        this(LearnedReader.shipped());
    }

    /** The rules, then {@code second} (null: the rules alone). */
    public ComplaintRecognizer(SecondReading second) {
        this.judge = new ComplaintJudge(second);
    }

    /** The rules alone, as the learned reader is trained on and compared with. */
    public static ComplaintRecognizer rulesOnly() {
        return new ComplaintRecognizer((SecondReading) null);
    }

    /** The context-free reading of one line, from its text and the sentiment already computed for it. */
    public MessageAnalysis analyse(String text, SentimentResult sentiment) {
        return analyser.analyse(text, sentiment);
    }

    /** Judges a line already analysed, in its group's conversation, and records it in {@code state}. */
    public ComplaintVerdict judge(ConversationState state, ChatLine line, MessageAnalysis analysis) {
        return judge.judge(state, line, analysis);
    }

    /** Both halves at once: analyse, then judge in context. */
    public ComplaintVerdict judge(ConversationState state, ChatLine line, SentimentResult sentiment) {
        return judge(state, line, analyse(line.text(), sentiment));
    }
}
