package io.communitypulse.api.actions;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Action ids that sort in the order the actions were taken, also within one millisecond: the time,
 * this process's sequence number, and random digits (so ids from two API instances do not collide).
 * The latest action of an alert is the one with the greatest (at, action_id).
 */
final class ActionIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final AtomicLong sequence = new AtomicLong();

    String next(Instant at) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return String.format("%013x-%012x-%s", at.toEpochMilli(), sequence.incrementAndGet(), HexFormat.of().formatHex(random));
    }
}
