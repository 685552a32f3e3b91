package io.communitypulse.events;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of WeChat/WeCom group message the contract knows. */
public enum MessageType {
    @JsonProperty("text") TEXT,
    @JsonProperty("image") IMAGE,
    @JsonProperty("voice") VOICE,
    @JsonProperty("video") VIDEO,
    @JsonProperty("link") LINK,
    @JsonProperty("red_packet") RED_PACKET,
    @JsonProperty("mini_program") MINI_PROGRAM,
    @JsonProperty("emoji") EMOJI,
    @JsonProperty("system") SYSTEM;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
