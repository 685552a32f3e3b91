package io.communitypulse.sentiment.complaint;

import java.io.Serializable;
import java.util.ArrayList;

/**
 * The recent lines of one group, oldest first, as much as {@link ComplaintJudge} needs to read a new
 * line in context: none older than {@link #WINDOW_MILLIS} before the newest, at most {@link #MAX_LINES}
 * lines of other talk and at most {@link #MAX_EVIDENCE} lines of complaint evidence. Complaints are kept
 * apart from the cap on other talk because a busy group's chatter would otherwise push a complaint out
 * within minutes, and a "我也是" replying to it would no longer find it. Each line is a few short strings (about 150 bytes), so a group's state stays under ~5 KB and
 * fits Flink keyed state. Public fields and a no-argument constructor for Flink's POJO serializer;
 * the judge is the only writer.
 */
public final class ConversationState implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Lines of other talk kept per group. */
    public static final int MAX_LINES = 24;
    /** Lines of complaint evidence kept per group, besides. */
    public static final int MAX_EVIDENCE = 24;
    /** How long a line stays readable as context: 30 minutes of event time. */
    public static final long WINDOW_MILLIS = 30 * 60_000L;

    public ArrayList<ConversationLine> lines = new ArrayList<>();

    public ConversationState() {
    }

    /** Forgets lines older than the window before {@code nowMillis}. */
    public void expire(long nowMillis) {
        lines.removeIf(line -> line.timeMillis + WINDOW_MILLIS < nowMillis);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The event time after which the oldest line expires (for a cleanup timer), or Long.MAX_VALUE. */
    public long nextExpiryMillis() {
        return lines.isEmpty() ? Long.MAX_VALUE : lines.get(0).timeMillis + WINDOW_MILLIS + 1;
    }

    void append(ConversationLine line) {
        lines.add(line);
        dropOldest(false, MAX_LINES);
        dropOldest(true, MAX_EVIDENCE);
    }

    private void dropOldest(boolean evidence, int keep) {
        int kept = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).evidence == evidence && ++kept > keep) {
                lines.remove(i);
            }
        }
    }

    /** The kept line with this message id, or null (gone from the window, or never seen). */
    public ConversationLine find(String messageId) {
        if (messageId == null) {
            return null;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (messageId.equals(lines.get(i).messageId)) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The latest member line whose text starts like {@code quote} (a quote-reply), or null. */
    ConversationLine quoted(String quote) {
        if (quote == null || quote.isEmpty()) {
            return null;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            ConversationLine line = lines.get(i);
            if (line.member && line.head != null && Heads.overlap(line.head, quote)) {
                return line;
            }
        }
        return null;
    }

    /** The latest complaint evidence in the group, or null: while there is one, a complaint is open. */
    ConversationLine openComplaint() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).evidence) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** Whether {@code speakerId} has posted evidence of the complaint opened by {@code rootId}. */
    boolean hasEvidenceFrom(String speakerId, String rootId) {
        if (speakerId == null) {
            return false;
        }
        for (ConversationLine line : lines) {
            if (line.evidence && speakerId.equals(line.speakerId) && rootId.equals(line.rootId)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the latest line is the brand's (staff or bot). */
    boolean latestIsStaff() {
        return !lines.isEmpty() && !lines.get(lines.size() - 1).member;
    }

    /** The latest line by a member, or null. */
    ConversationLine latestMemberLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).member) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The latest member line that complained or praised: what a bare "+1" agrees with. */
    ConversationLine latestStance() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            ConversationLine line = lines.get(i);
            if (line.evidence || line.isPraise()) {
                return line;
            }
        }
        return null;
    }
}
