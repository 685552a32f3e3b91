package io.communitypulse.sentiment.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * The cues an operator reads next to a verdict: the listed words behind its kind first, then the other
 * complaint words of the line. When no listed word decided (the model's score did), the clause of the
 * message that holds the model's strongest cue, if it is short: a whole clause reads as what the member
 * said, where an n-gram cue may be a fragment. A verdict decided by the conversation alone (the
 * complainer answering a defender) may have no cue; its {@code joinsMessageId} says what it follows.
 */
final class VerdictCues {
    private VerdictCues() {
    }

    /** A clause longer than this is no cue: chat typed without punctuation runs on for a whole message. */
    static final int CLAUSE_MAX = 12;
    private static final String CLAUSE_ENDS = " ,.;:!?~、。，；：！？…\n";

    static List<String> of(ComplaintKind kind, MessageAnalysis analysis, String text, int max) {
        List<String> cues = new ArrayList<>(max);
        for (Signal signal : order(kind)) {
            for (String cue : analysis.cuesOf(signal)) {
                add(cues, cue, max);
            }
        }
        if (cues.isEmpty()) {
            for (String cue : analysis.modelCues()) {
                String clause = clauseHolding(text, cue);
                if (clause != null) {
                    add(cues, clause, max);
                }
            }
        }
        return cues;
    }

    /** The clause of {@code text} that holds {@code cue}, or null when it is not there or too long. */
    static String clauseHolding(String text, String cue) {
        int at = text.indexOf(cue);
        if (at < 0 || cue.isBlank()) {
            return null;
        }
        int start = at;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = at + cue.length();
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end - start <= CLAUSE_MAX ? text.substring(start, end) : null;
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
