package io.communitypulse.sentiment.complaint.eval;

import java.io.PrintStream;
import java.util.List;

/**
 * Lists the lines whose flag disagrees with their label (or every line, by conversation), with the kind
 * predicted and the cues: for working on dev.
 */
final class Misjudged {
    private Misjudged() {
    }

    static void print(List<ReplayedLine> replayed, boolean everyLine, PrintStream out) {
        out.println((everyLine ? "every line" : "misjudged lines")
                + " (id, context, speaker, gold kind, predicted kind, wrong, cues, text):");
        for (ReplayedLine line : replayed) {
            boolean wrong = line.flagged() != line.line().complaint();
            if (wrong || everyLine) {
                out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", line.line().id(), line.line().contextId(),
                        line.line().speaker(), line.line().kind(), line.verdict().kind().wireName(), wrong ? "XX" : "",
                        line.verdict().cues(), line.line().text());
            }
        }
        out.println();
    }
}
