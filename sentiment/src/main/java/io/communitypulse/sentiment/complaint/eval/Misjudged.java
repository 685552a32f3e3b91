package io.communitypulse.sentiment.complaint.eval;

import java.io.PrintStream;
import java.util.List;

/** Lists the lines whose flag disagrees with their label, with the kind predicted and the cues: for dev. */
final class Misjudged {
    private Misjudged() {
    }

    static void print(List<ReplayedLine> replayed, PrintStream out) {
        out.println("misjudged lines (id, gold kind, predicted kind, cues, text):");
        for (ReplayedLine line : replayed) {
            if (line.flagged() != line.line().complaint()) {
                out.printf("%s\t%s\t%s\t%s\t%s%n", line.line().id(), line.line().kind(), line.verdict().kind().wireName(),
                        line.verdict().cues(), line.line().text());
            }
        }
        out.println();
    }
}
