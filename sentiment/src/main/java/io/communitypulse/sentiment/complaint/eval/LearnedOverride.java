package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.complaint.ComplaintKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The experiment's rule for when {@link LineClassifier} would overrule the recognizer's kind: <em>raise</em> a
 * line the rules left as one of {@code raisable} when the classifier is at least {@code raise} sure (and, if
 * gated, the sentiment model reads it at most {@code maxModelScore} and it does not ask), <em>lower</em> a rules
 * opinion or symptom (kinds of a line alone, not of its context) when it is at most {@code lower} sure.
 * Scored offline on the rules' verdicts by {@link OutOfSample}; not wired into the recognizer.
 *
 * @param raise raise at or above this probability (above 1: never)
 * @param lower lower at or below this probability (below 0: never)
 * @param raisable the rules' kinds that may be raised (member kinds that are not evidence, never staff)
 * @param maxModelScore raise only a line the sentiment model scores at or below this (1: any line)
 * @param raiseAsking whether a line that asks (by the recognizer's own reading) may be raised
 */
record LearnedOverride(double raise, double lower, Set<ComplaintKind> raisable, double maxModelScore, boolean raiseAsking) {
    /** Variant (a), the setting the first two-file proxy favoured: raise chatter at p >= 0.5, lower at p <= 0.2. */
    static final LearnedOverride CANDIDATE = new LearnedOverride(0.5, 0.2, EnumSet.of(ComplaintKind.CHATTER));
    /**
     * Variant (b): raise only chatter the classifier is sure of (p >= 0.8) that the model reads as negative
     * (score <= -0.2) and that does not ask; lower nothing.
     */
    static final LearnedOverride CONSERVATIVE = new LearnedOverride(0.8, -1.0, EnumSet.of(ComplaintKind.CHATTER), -0.2, false);
    private static final Set<ComplaintKind> LOWERABLE = EnumSet.of(
            ComplaintKind.COMPLAINT_OPINION, ComplaintKind.COMPLAINT_SYMPTOM);

    /**
     * What the override reads of one member line.
     *
     * @param rules the recognizer's kind
     * @param probability the classifier's probability that the line is complaint evidence
     * @param modelScore the sentiment model's score in [-1, 1]
     * @param asks whether the recognizer's analysis reads a clause of it as asking
     * @param mayRaise false for a line straight after staff or a member's spam: the classifier reads a line
     *     without the staff answer or the spam it reacts to
     */
    record Reading(ComplaintKind rules, double probability, double modelScore, boolean asks, boolean mayRaise) {
    }

    LearnedOverride {
        raisable = raisable.isEmpty() ? EnumSet.noneOf(ComplaintKind.class) : EnumSet.copyOf(raisable);
        if (raisable.contains(ComplaintKind.STAFF) || raisable.stream().anyMatch(ComplaintKind::isEvidence)) {
            throw new IllegalArgumentException("only member kinds that are not evidence can be raised: " + raisable);
        }
    }

    /** An override with no gate on the model's score or on asking. */
    LearnedOverride(double raise, double lower, Set<ComplaintKind> raisable) {
        this(raise, lower, raisable, 1.0, true);
    }

    /** Whether the line would count as evidence, given the rules' kind and the classifier's probability. */
    boolean evidence(Reading line) {
        if (line.rules().isEvidence()) {
            return !(LOWERABLE.contains(line.rules()) && line.probability() <= lower);
        }
        return line.mayRaise() && raisable.contains(line.rules()) && line.probability() >= raise
                && line.modelScore() <= maxModelScore && (raiseAsking || !line.asks());
    }

    /** Whether this line would be raised (not evidence by the rules, evidence with the classifier). */
    boolean raises(Reading line) {
        return !line.rules().isEvidence() && evidence(line);
    }

    /** Whether this line would be lowered (evidence by the rules, not with the classifier). */
    boolean lowers(Reading line) {
        return line.rules().isEvidence() && !evidence(line);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("raise ").append(raisable.stream().map(ComplaintKind::wireName).toList())
                .append(" at p >= ").append(raise);
        if (maxModelScore < 1.0) {
            s.append(" and model score <= ").append(maxModelScore);
        }
        if (!raiseAsking) {
            s.append(" and not asking");
        }
        return s.append(lower < 0 ? "; lower never" : "; lower opinion, symptom at p <= " + lower).toString();
    }
}
