package io.communitypulse.sentiment.complaint.eval;

import io.communitypulse.sentiment.SentimentScorer;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ConversationState;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds labelled lines to the recognizer the way production will: each context in id order with a fresh
 * state, a line seeing only the earlier lines of its own context; standalone lines alone; speakers as the
 * file's member ids where it has them, else one speaker per line; event times {@value #SPACING_MILLIS} ms apart.
 */
public final class ConversationReplay {
    static final long SPACING_MILLIS = 30_000L;
    private static final long START_MILLIS = 1_767_225_600_000L; // 2026-01-01T00:00Z, any fixed instant

    private final SentimentScorer scorer;
    private final ComplaintRecognizer recognizer;

    public ConversationReplay(SentimentScorer scorer, ComplaintRecognizer recognizer) {
        this.scorer = scorer;
        this.recognizer = recognizer;
    }

    /** Verdicts for {@code lines} (one split of one file, in file order). */
    public List<ReplayedLine> replay(List<LabelledLine> lines) {
        List<ReplayedLine> out = new ArrayList<>(lines.size());
        ConversationState state = null;
        String context = null;
        long time = START_MILLIS;
        for (LabelledLine line : lines) {
            if (!line.contextId().equals(context)) {
                context = line.contextId();
                state = new ConversationState();
                time += ConversationState.WINDOW_MILLIS * 2;
            }
            time += SPACING_MILLIS;
            String speaker = speakerOf(line);
            ChatRole role = line.member() ? ChatRole.MEMBER : ChatRole.STAFF;
            ChatLine chat = new ChatLine(line.brand(), line.id(), speaker, role, line.text(), null, time);
            out.add(new ReplayedLine(line, speaker, recognizer.judge(state, chat, scorer.score(line.brand(), line.text()))));
        }
        return out;
    }

    private static String speakerOf(LabelledLine line) {
        if (!line.speaker().isEmpty()) {
            return line.contextId() + "/" + line.speaker();
        }
        return line.member() ? "member-" + line.id() : "staff-" + line.contextId();
    }
}
