package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.complaint.ComplaintKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The experiment's rule for when {@link LineClassifier} would overrule the recognizer's kind: <em>raise</em> a
 * line the rules left as one of {@code raisable} when the classifier is at least {@code raise} sure, <em>lower</em>
 * a rules opinion or symptom (kinds of a line alone, not of its context) when it is at most {@code lower} sure.
 * Scored offline on the rules' verdicts by {@link OutOfSample}; not wired into the recognizer.
 *
 * @param raise raise at or above this probability (above 1: never)
 * @param lower lower at or below this probability (below 0: never)
 * @param raisable the rules' kinds that may be raised (member kinds that are not evidence, never staff)
 */
record LearnedOverride(double raise, double lower, Set<ComplaintKind> raisable) {
    /** The setting the dev proxy favoured: raise chatter at p >= 0.5, lower at p <= 0.2. */
    static final LearnedOverride CANDIDATE = new LearnedOverride(0.5, 0.2, EnumSet.of(ComplaintKind.CHATTER));
    private static final Set<ComplaintKind> LOWERABLE = EnumSet.of(
            ComplaintKind.COMPLAINT_OPINION, ComplaintKind.COMPLAINT_SYMPTOM);

    LearnedOverride {
        raisable = raisable.isEmpty() ? EnumSet.noneOf(ComplaintKind.class) : EnumSet.copyOf(raisable);
        if (raisable.contains(ComplaintKind.STAFF) || raisable.stream().anyMatch(ComplaintKind::isEvidence)) {
            throw new IllegalArgumentException("only member kinds that are not evidence can be raised: " + raisable);
        }
    }

    /**
     * Whether the line would count as evidence, given the rules' kind and the classifier's probability.
     * {@code mayRaise} is false for a line straight after staff or a member's spam: the classifier reads a line
     * without the staff answer or the spam it reacts to.
     */
    boolean evidence(ComplaintKind rules, double probability, boolean mayRaise) {
        if (rules.isEvidence()) {
            return !(LOWERABLE.contains(rules) && probability <= lower);
        }
        return mayRaise && raisable.contains(rules) && probability >= raise;
    }

    /** Whether this line would be raised (not evidence by the rules, evidence with the classifier). */
    boolean raises(ComplaintKind rules, double probability, boolean mayRaise) {
        return !rules.isEvidence() && evidence(rules, probability, mayRaise);
    }

    /** Whether this line would be lowered (evidence by the rules, not with the classifier). */
    boolean lowers(ComplaintKind rules, double probability) {
        return rules.isEvidence() && !evidence(rules, probability, true);
    }
}
