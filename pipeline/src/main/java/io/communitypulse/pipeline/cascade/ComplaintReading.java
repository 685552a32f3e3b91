package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.sentiment.complaint.ChatLine;
import io.communitypulse.sentiment.complaint.ChatRole;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ComplaintVerdict;
import java.io.Serializable;

/**
 * Reads a group's message in its conversation: the complaint judge's verdict (recorded in the tracker's
 * conversation), and whether it counts toward a cascade ({@link Corroboration}).
 */
final class ComplaintReading implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ComplaintRecognizer recognizer;
    private final Corroboration corroboration = new Corroboration();

    ComplaintReading() {
        this(new ComplaintRecognizer());
    }

    /** Reads with this recognizer: an evaluation's, whose learned reader never saw the chat it scores. */
    ComplaintReading(ComplaintRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The judge's verdict on a line, and whether it counts toward a cascade. */
    record Read(ComplaintVerdict verdict, boolean counts) {}

    Read read(CascadeTracker tracker, EnrichedMessage enriched) {
        ChatMessage message = enriched.message();
        ChatLine line = new ChatLine(message.brandId(), message.eventId(), message.senderId(), role(message.senderRole()),
                message.text(), message.replyTo(), message.sentAt().toEpochMilli());
        ComplaintVerdict verdict = recognizer.judge(tracker.conversation, line, enriched.complaintSignals());
        if (message.senderRole() != SenderRole.MEMBER) {
            return new Read(verdict, false);
        }
        long time = message.sentAt().toEpochMilli();
        boolean afterMarked = tracker.lastMemberLineMarked
                && time - tracker.lastMemberLineMillis < Corroboration.STRAIGHT_AFTER_MILLIS;
        boolean marked = corroboration.marked(message, verdict, enriched.complaintSignals());
        tracker.lastMemberLineMarked = marked;
        tracker.lastMemberLineMillis = time;
        return new Read(verdict, corroboration.counts(message, verdict, enriched.complaintSignals(), afterMarked));
    }

    private static ChatRole role(SenderRole role) {
        return switch (role) {
            case MEMBER -> ChatRole.MEMBER;
            case STAFF -> ChatRole.STAFF;
            case BOT -> ChatRole.BOT;
        };
    }
}
