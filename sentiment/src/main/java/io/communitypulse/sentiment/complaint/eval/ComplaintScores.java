package io.communitypulse.sentiment.complaint.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the complaint flag over replayed lines, as {@code data/chat/README.md} asks: precision,
 * recall and F1; per gold kind the share flagged (recall for complaint kinds, false-alarm rate for the
 * others) and each kind's share of the false positives; per domain; and how often the predicted kind is
 * the gold kind.
 */
public final class ComplaintScores {
    private final FlagCounts overall = new FlagCounts();
    /** Gold kind to [flagged, lines]. */
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final Map<String, FlagCounts> byDomain = new TreeMap<>();
    /** Kind to [predicted and gold, predicted, gold]. */
    private final Map<String, int[]> kindAgreement = new TreeMap<>();

    public static ComplaintScores of(List<ReplayedLine> lines) {
        ComplaintScores scores = new ComplaintScores();
        for (ReplayedLine replayed : lines) {
            scores.add(replayed);
        }
        return scores;
    }

    private void add(ReplayedLine replayed) {
        LabelledLine line = replayed.line();
        boolean flagged = replayed.flagged();
        overall.add(line.complaint(), flagged);
        byDomain.computeIfAbsent(line.domain(), any -> new FlagCounts()).add(line.complaint(), flagged);
        int[] kind = byKind.computeIfAbsent(line.kind(), any -> new int[2]);
        kind[0] += flagged ? 1 : 0;
        kind[1]++;
        String predicted = replayed.verdict().kind().wireName();
        kindAgreement.computeIfAbsent(predicted, any -> new int[3])[1]++;
        kindAgreement.computeIfAbsent(line.kind(), any -> new int[3])[2]++;
        if (predicted.equals(line.kind())) {
            kindAgreement.get(predicted)[0]++;
        }
    }

    public FlagCounts overall() {
        return overall;
    }

    /** Gold kind to [lines flagged, lines]. */
    public Map<String, int[]> byKind() {
        return byKind;
    }

    public Map<String, FlagCounts> byDomain() {
        return byDomain;
    }

    /** Kind to [predicted and gold, predicted, gold]. */
    public Map<String, int[]> kindAgreement() {
        return kindAgreement;
    }
}
