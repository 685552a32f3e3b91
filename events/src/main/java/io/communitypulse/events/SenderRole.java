package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who sent a chat message: a customer, the brand's people, or an automated account. */
public enum SenderRole {
    @JsonProperty("member") MEMBER,
    @JsonProperty("staff") STAFF,
    @JsonProperty("bot") BOT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
