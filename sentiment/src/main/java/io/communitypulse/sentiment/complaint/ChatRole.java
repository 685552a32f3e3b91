package io.communitypulse.sentiment.complaint;

/** Who wrote a chat line. Only members can complain; staff and bots are never complaint evidence. */
public enum ChatRole {
    MEMBER,
    STAFF,
    BOT
}
