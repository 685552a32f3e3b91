package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.complaint.ComplaintVerdict;

/** A labelled line, the speaker id it was fed with, and the verdict it got. */
public record ReplayedLine(LabelledLine line, String speakerId, ComplaintVerdict verdict) {

    public boolean flagged() {
        return verdict.evidence();
    }
}
