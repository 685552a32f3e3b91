package io.communitypulse.pipeline.activity;

import java.util.HashSet;
import java.util.Set;

/** The running counts of one group-minute: the accumulator of {@link ActivityAggregate}. */
public final class ActivityCounts {

    public long memberMessages;
    public long staffMessages;
    public long botMessages;
    public long negativeMessages;
    public long positiveMessages;
    public long joins;
    public long leaves;
    public long removals;
    public Set<String> speakers = new HashSet<>();

    void add(ActivityEvent event) {
        switch (event.kind()) {
            case MEMBER_MESSAGE -> {
                memberMessages++;
                speakers.add(event.actorId());
                negativeMessages += event.sentimentSign() < 0 ? 1 : 0;
                positiveMessages += event.sentimentSign() > 0 ? 1 : 0;
            }
            case STAFF_MESSAGE -> staffMessages++;
            case BOT_MESSAGE -> botMessages++;
            case JOIN -> joins++;
            case LEAVE -> leaves++;
            case REMOVAL -> removals++;
        }
    }

    void addAll(ActivityCounts other) {
        memberMessages += other.memberMessages;
        staffMessages += other.staffMessages;
        botMessages += other.botMessages;
        negativeMessages += other.negativeMessages;
        positiveMessages += other.positiveMessages;
        joins += other.joins;
        leaves += other.leaves;
        removals += other.removals;
        speakers.addAll(other.speakers);
    }

    long eventsCounted() {
        return memberMessages + staffMessages + botMessages + joins + leaves + removals;
    }
}
