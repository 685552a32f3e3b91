package io.communitypulse.sentiment.complaint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a chat line does, in the taxonomy of the labelled chat sets ({@code data/chat/README.md}). The first
 * six kinds are complaint evidence: a member is dissatisfied, reports a defect, escalates, or joins a
 * complaint already open in the group. The rest are not, however negative their words: a worried
 * bystander, a question, praise, staff apologies, a defender, chatter, spam.
 */
public enum ComplaintKind {
    COMPLAINT_OPINION(true),
    COMPLAINT_SYMPTOM(true),
    COMPLAINT_ESCALATION(true),
    AGREEMENT(true),
    NEGATIVE_FOLLOWUP(true),
    SARCASM(true),
    BYSTANDER_WORRY(false),
    QUESTION(false),
    PRAISE(false),
    PLUS_ONE_PRAISE(false),
    /** Any line by brand staff or a bot. */
    STAFF(false),
    DEFEND(false),
    /** Off-topic talk, negative mood not about the brand, group-buy chains, order notes, product cards. */
    CHATTER(false),
    SPAM(false);

    private final boolean evidence;
    private final String wireName = name().toLowerCase(Locale.ROOT);

    ComplaintKind(boolean evidence) {
        this.evidence = evidence;
    }

    /** Whether a line of this kind counts toward a complaint (the data's label 1). */
    public boolean isEvidence() {
        return evidence;
    }

    /**
     * Whether this kind is evidence only as part of a complaint already made (agreement, a follow-up, sarcasm),
     * rather than a member's own complaint (an opinion, a symptom, an escalation).
     */
    public boolean joins() {
        return this == AGREEMENT || this == NEGATIVE_FOLLOWUP || this == SARCASM;
    }

    /** {@code complaint_symptom}, {@code plus_one_praise}...: the data's spelling. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static ComplaintKind fromWireName(String wireName) {
        return valueOf(wireName.trim().toUpperCase(Locale.ROOT));
    }
}
