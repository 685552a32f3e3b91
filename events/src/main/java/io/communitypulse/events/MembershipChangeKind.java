package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a group's membership changed: a member joined, left on their own, or was removed by staff. */
public enum MembershipChangeKind {
    @JsonProperty("join") JOIN,
    @JsonProperty("leave") LEAVE,
    @JsonProperty("removed") REMOVED;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
