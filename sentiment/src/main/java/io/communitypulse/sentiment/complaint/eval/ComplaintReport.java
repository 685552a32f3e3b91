package io.communitypulse.sentiment.complaint.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the figures of one file and split as Markdown tables, ending with one summary line. */
public final class ComplaintReport {
    private static final List<String> EVIDENCE_KINDS = List.of("complaint_opinion", "complaint_symptom",
            "complaint_escalation", "agreement", "negative_followup", "sarcasm");

    private ComplaintReport() {
    }

    public static void print(String file, String split, ComplaintScores scores, CascadeScores cascades, PrintStream out) {
        FlagCounts all = scores.overall();
        out.printf("## %s, split %s: %d lines, %d complaints%n%n", file, split, all.lines(), all.complaints());
        out.printf("complaint flag: precision %s, recall %s, F1 %s (%d true positives, %d false positives, %d missed)%n%n",
                f(all.precision()), f(all.recall()), f(all.f1()), all.truePositives, all.falsePositives, all.falseNegatives);
        out.println("| gold kind | label | lines | flagged | recall / false-alarm rate | share of false positives |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (boolean evidence : new boolean[] {true, false}) {
            for (Map.Entry<String, int[]> kind : scores.byKind().entrySet()) {
                if (EVIDENCE_KINDS.contains(kind.getKey()) != evidence) {
                    continue;
                }
                int[] n = kind.getValue();
                String share = evidence ? "" : f(FlagCounts.ratio(n[0], all.falsePositives()));
                out.printf("| %s | %d | %d | %d | %s | %s |%n", kind.getKey(), evidence ? 1 : 0, n[1], n[0],
                        f(FlagCounts.ratio(n[0], n[1])), share);
            }
        }
        out.println();
        out.println("| domain | lines | complaints | precision | recall | F1 |");
        out.println("|---|---:|---:|---:|---:|---:|");
        scores.byDomain().forEach((domain, n) -> out.printf("| %s | %d | %d | %s | %s | %s |%n",
                domain, n.lines(), n.complaints(), f(n.precision()), f(n.recall()), f(n.f1())));
        out.println();
        printCascades(cascades, out);
        out.println("| kind (predicted vs gold) | precision | recall |");
        out.println("|---|---:|---:|");
        scores.kindAgreement().forEach((kind, n) -> out.printf("| %s | %s | %s |%n",
                kind, f(FlagCounts.ratio(n[0], n[1])), f(FlagCounts.ratio(n[0], n[2]))));
        out.println();
        out.printf(Locale.ROOT, "file=%s split=%s precision=%.4f recall=%.4f f1=%.4f n=%d cascades_in_time=%d/%d%n%n",
                file, split, all.precision(), all.recall(), all.f1(), all.lines(),
                cascades.tallies().get(CascadeScores.Shape.CASCADE).fired(),
                cascades.tallies().get(CascadeScores.Shape.CASCADE).conversations());
    }

    private static void printCascades(CascadeScores cascades, PrintStream out) {
        out.println("| conversations (three-member rule on the verdicts) | conversations | rule fired | rate |");
        out.println("|---|---:|---:|---:|");
        cascades.tallies().forEach((shape, tally) -> {
            String what = switch (shape) {
                case CASCADE -> "cascade: fired by the third complaining member";
                case ONE_LOUD_MEMBER -> "one loud member (>= 3 complaint lines, < 3 members): false alarm";
                case ONE_OR_TWO_COMPLAINERS -> "one or two complaint lines or members: false alarm";
                case NO_COMPLAINT -> "no complaint: false alarm";
            };
            out.printf("| %s | %d | %d | %s |%n", what, tally.conversations(), tally.fired(), f(tally.rate()));
        });
        List<Integer> leads = cascades.tallies().get(CascadeScores.Shape.CASCADE).leads;
        long early = leads.stream().filter(lead -> lead < 0).count();
        long late = leads.stream().filter(lead -> lead > 0).count();
        out.printf("%nOf the cascades the rule fired on: %d at the third member's line, %d earlier, %d later.%n%n",
                leads.size() - early - late, early, late);
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
