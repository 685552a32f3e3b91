package io.communitypulse.events.alert;

import java.time.Instant;

/**
 * One record behind an alert: the message (or event) id, its text, who sent it and when.
 *
 * @param text the message as typed; for non-message evidence a short description
 */
public record AlertEvidence(String messageId, String text, String senderId, Instant sentAt) {}
