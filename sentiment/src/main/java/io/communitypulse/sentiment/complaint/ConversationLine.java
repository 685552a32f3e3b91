package io.communitypulse.sentiment.complaint;

import java.io.Serializable;

/**
 * One earlier line of a group's conversation as {@link ConversationState} keeps it: who, when, what it
 * was judged to be, and which complaint it belongs to. Public fields and a no-argument constructor, so
 * Flink stores it with its POJO serializer.
 */
public final class ConversationLine implements Serializable {
    private static final long serialVersionUID = 1L;

    public String messageId;
    public String speakerId;
    public long timeMillis;
    /** {@link ComplaintKind#wireName()} of the verdict. */
    public String kind;
    public boolean member;
    public boolean evidence;
    /** The complaint that opened the thread this line belongs to (its own id for an opener), or null. */
    public String rootId;
    public String[] products;
    /** {@link io.communitypulse.sentiment.Aspect#wireName()} of the aspects. */
    public String[] aspects;
    /** The first characters of a member line's normalised text, to recognise a quote of it. */
    public String head;
    /**
     * A member's line that was not read as a complaint but sounded unhappy (other talk the model reads
     * negative): a "me too" straight after it shows it was one.
     */
    public boolean unhappy;
    /**
     * An unhappy line as it was sent (null for every other line): a "me too" can make it a member's evidence, and
     * an alert shows evidence whole, not the {@link #head} kept to recognise quotes.
     */
    public String unhappyText;

    public ConversationLine() {
    }

    ComplaintKind kindValue() {
        return ComplaintKind.fromWireName(kind);
    }

    boolean isPraise() {
        return member && (ComplaintKind.PRAISE.wireName().equals(kind) || ComplaintKind.PLUS_ONE_PRAISE.wireName().equals(kind));
    }
}
