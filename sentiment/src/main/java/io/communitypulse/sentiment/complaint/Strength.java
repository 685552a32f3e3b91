package io.communitypulse.sentiment.complaint;

/**
 * How strongly a line of evidence complains, in [0, 1]: a base per kind (an escalation weighs most, a bare
 * follow-up least) raised by how negative the sentiment model read it.
 */
final class Strength {
    private static final double MODEL_WEIGHT = 0.3;

    private Strength() {
    }

    static double of(ComplaintKind kind, MessageAnalysis analysis) {
        double base = switch (kind) {
            case COMPLAINT_ESCALATION -> 0.8;
            case COMPLAINT_OPINION -> 0.6;
            case COMPLAINT_SYMPTOM, SARCASM -> 0.5;
            case AGREEMENT, NEGATIVE_FOLLOWUP -> 0.4;
            default -> 0.0;
        };
        if (base == 0.0) {
            return 0.0;
        }
        double strength = base + MODEL_WEIGHT * Math.max(0.0, -analysis.modelScore());
        return Math.min(1.0, Math.round(strength * 100) / 100.0);
    }
}
