package io.communitypulse.simulator;

import io.communitypulse.events.SenderRole;

/**
 * Someone in a group. A member's {@code id} is both their chat sender id and their order customer id.
 *
 * @param nickname what others type after "@"
 */
public record Person(String id, String nickname, SenderRole role) {}
