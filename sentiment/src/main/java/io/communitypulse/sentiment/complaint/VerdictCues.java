package io.communitypulse.sentiment.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * The cues an operator reads next to a verdict: the listed words behind its kind first, then the other
 * complaint words of the line, then (when no listed word decided) the sentiment model's own cues.
 */
final class VerdictCues {
    private VerdictCues() {
    }

    static List<String> of(ComplaintKind kind, MessageAnalysis analysis, int max) {
        List<String> cues = new ArrayList<>(max);
        for (Signal signal : order(kind)) {
            for (String cue : analysis.cuesOf(signal)) {
                add(cues, cue, max);
            }
        }
        if (cues.isEmpty()) {
            for (String cue : analysis.modelCues()) {
                add(cues, cue, max);
            }
        }
        return cues;
    }

    private static void add(List<String> cues, String cue, int max) {
        if (cues.size() < max && !cue.isBlank() && !cues.contains(cue)) {
            cues.add(cue);
        }
    }

    private static List<Signal> order(ComplaintKind kind) {
        return switch (kind) {
            case COMPLAINT_ESCALATION -> List.of(Signal.ESCALATE, Signal.DEMAND, Signal.SYMPTOM, Signal.OPINION);
            case SARCASM -> List.of(Signal.SARCASM, Signal.QUOTED_PRAISE, Signal.IRONY, Signal.PRAISE, Signal.SYMPTOM,
                    Signal.OPINION, Signal.DURATION);
            case AGREEMENT -> List.of(Signal.AGREE, Signal.SYMPTOM, Signal.OPINION, Signal.DURATION, Signal.FOLLOWUP);
            case NEGATIVE_FOLLOWUP -> List.of(Signal.FOLLOWUP, Signal.CONSEQUENCE, Signal.DURATION, Signal.SYMPTOM,
                    Signal.OPINION, Signal.AGREE);
            default -> List.of(Signal.SYMPTOM, Signal.OPINION, Signal.DURATION, Signal.ESCALATE, Signal.DEMAND);
        };
    }
}
