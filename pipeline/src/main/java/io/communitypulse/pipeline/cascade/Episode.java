package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.alert.AlertState;
import java.util.ArrayList;
import java.util.List;

/**
 * One complaint thread about one subject in one group, from its first negative message until the
 * window passes without new evidence. Plain fields so Flink's state serialiser can keep it.
 */
public final class Episode {

    static final int MAX_EVIDENCE = 50;

    public String brandId;
    public String groupId;
    public String subjectKind;
    public String subject;
    public long firstSeenMillis;
    public long lastSeenMillis;
    public int revision;
    // lists, not LinkedHashSets: Flink's Kryo fallback restores a Set without its order
    public List<String> members = new ArrayList<>();
    public List<String> aspects = new ArrayList<>();
    public List<String> cues = new ArrayList<>();
    public List<String> evidenceMessageIds = new ArrayList<>();
    public List<String> evidenceTexts = new ArrayList<>();
    public List<String> evidenceSenderIds = new ArrayList<>();
    public List<Long> evidenceTimes = new ArrayList<>();
    /** Event time of the message that made the episode reach the rule; 0 until it does. */
    public long detectedAtMillis;
    public long lastNewMemberMillis;
    /** Evidence that threatened, demanded a refund or left (12315, 曝光, 退款, 退群...). */
    public int escalations;
    /** Where its alert stands (an {@link AlertState} name); null until the rule fires. */
    public String state;

    public Episode() {}

    Episode(SubjectKey key, String brandId, String groupId, long firstSeenMillis) {
        this.brandId = brandId;
        this.groupId = groupId;
        this.subjectKind = key.kind();
        this.subject = key.subject();
        this.firstSeenMillis = firstSeenMillis;
        this.lastSeenMillis = firstSeenMillis;
    }

    /** Adds a message as evidence; true when it brought a member not counted before. */
    boolean add(String memberId, String messageId, String text, List<String> messageAspects,
                List<String> messageCues, long timeMillis) {
        lastSeenMillis = Math.max(lastSeenMillis, timeMillis);
        addNew(aspects, messageAspects);
        addNew(cues, messageCues);
        if (evidenceMessageIds.size() < MAX_EVIDENCE) {
            evidenceMessageIds.add(messageId);
            evidenceTexts.add(text == null ? "" : text);
            evidenceSenderIds.add(memberId);
            evidenceTimes.add(timeMillis);
        }
        boolean newMember = addNew(members, List.of(memberId));
        if (newMember) {
            lastNewMemberMillis = timeMillis;
        }
        return newMember;
    }

    /** Appends the values not already there; true when any was new. */
    private static boolean addNew(List<String> target, List<String> values) {
        boolean added = false;
        for (String value : values) {
            if (!target.contains(value)) {
                target.add(value);
                added = true;
            }
        }
        return added;
    }

    /** The rule counted one more member: a new revision, the first one marking when it fired. */
    void raise(long timeMillis) {
        if (revision == 0) {
            detectedAtMillis = timeMillis;
        }
        moveTo(revision == 0 ? AlertState.OPEN : AlertState.GROWING);
    }

    /** A change of its alert's state: a new revision. */
    void moveTo(AlertState next) {
        revision++;
        state = next.name();
    }

    boolean isAlerted() {
        return revision > 0;
    }

    boolean isIn(AlertState... states) {
        for (AlertState candidate : states) {
            if (candidate.name().equals(state)) {
                return true;
            }
        }
        return false;
    }

    SubjectKey key() {
        return new SubjectKey(subjectKind, subject);
    }

    boolean isOpenAt(long timeMillis, long windowMillis) {
        return timeMillis <= lastSeenMillis + windowMillis;
    }
}
