package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * One event of contract v1 (docs/events.md). The {@code type} field on the wire names the kind;
 * {@code event_id} is unique per event and is what deduplication keys on.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ChatMessage.class, name = ChatMessage.TYPE),
    @JsonSubTypes.Type(value = MembershipChange.class, name = MembershipChange.TYPE),
    @JsonSubTypes.Type(value = OrderEvent.class, name = OrderEvent.TYPE),
    @JsonSubTypes.Type(value = GroupSnapshot.class, name = GroupSnapshot.TYPE)
})
public sealed interface PulseEvent permits ChatMessage, MembershipChange, OrderEvent, GroupSnapshot {

    String eventId();

    String brandId();

    /** When it happened at the source: the event time the pipeline's windows run on. */
    @JsonIgnore
    Instant eventTime();
}
