package io.communitypulse.notifier.routing;

import io.communitypulse.notifier.channel.Notice;
import java.time.Instant;

/** Send this notice, not before {@code notBefore}. */
public record Decision(Notice notice, Instant notBefore) {}
