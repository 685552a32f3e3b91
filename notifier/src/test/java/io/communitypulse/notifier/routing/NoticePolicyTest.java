package io.communitypulse.notifier.routing;

import static io.communitypulse.notifier.Alerts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.notifier.Alerts;
import io.communitypulse.notifier.channel.Notice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticePolicyTest {

    private static final Route ROUTE = new Route("brand_a", List.of("c"), Set.of(), Set.of(), 4, 2,
            Duration.ofMinutes(5), Duration.ofHours(4), null);
    private static final Instant NOW = BASE.plusSeconds(600);

    private static Alert revision(int revision, int severity, AlertState state) {
        return Alerts.cascade("nc-1", revision, severity, state);
    }

    private static Optional<Decision> decide(Alert alert, Route route, Sent last, OperatorState operator, Instant now) {
        return NoticePolicy.decide(alert, route, last, operator, now);
    }

    @Test
    void shouldOpenOnTheFirstRevisionAtMinimumSeverity() {
        assertThat(decide(revision(1, 4, AlertState.OPEN), ROUTE, null, OperatorState.NONE, NOW))
                .contains(new Decision(Notice.OPENED, NOW));
        assertThat(decide(revision(1, 3, AlertState.OPEN), ROUTE, null, OperatorState.NONE, NOW)).isEmpty();
    }

    @Test
    void shouldSendASeverityStepNoSoonerThanTheMinimumInterval() {
        Sent opened = new Sent(1, 4, NOW.minusSeconds(60), false);

        assertThat(decide(revision(2, 5, AlertState.GROWING), ROUTE, opened, OperatorState.NONE, NOW)).isEmpty();
        assertThat(decide(revision(3, 6, AlertState.GROWING), ROUTE, opened, OperatorState.NONE, NOW))
                .contains(new Decision(Notice.UPDATED, NOW.minusSeconds(60).plus(Duration.ofMinutes(5))));
        Sent longAgo = new Sent(1, 4, NOW.minus(Duration.ofMinutes(10)), false);
        assertThat(decide(revision(3, 6, AlertState.GROWING), ROUTE, longAgo, OperatorState.NONE, NOW))
                .contains(new Decision(Notice.UPDATED, NOW));
    }

    @Test
    void shouldResolveOnceAndOnlyWhatWasAnnounced() {
        Sent opened = new Sent(1, 4, NOW, false);

        assertThat(decide(revision(5, 4, AlertState.ENDED), ROUTE, opened, OperatorState.NONE, NOW))
                .contains(new Decision(Notice.RESOLVED, NOW));
        assertThat(decide(revision(6, 4, AlertState.ENDED), ROUTE, new Sent(5, 4, NOW, true), OperatorState.NONE, NOW)).isEmpty();
        assertThat(decide(revision(2, 4, AlertState.ENDED), ROUTE, null, OperatorState.NONE, NOW)).isEmpty();
    }

    @Test
    void shouldNeverSendARevisionAtOrBelowOneAlreadySent() {
        Sent sent = new Sent(3, 4, NOW.minus(Duration.ofDays(1)), false);

        assertThat(decide(revision(3, 9, AlertState.GROWING), ROUTE, sent, OperatorState.NONE, NOW)).isEmpty();
        assertThat(decide(revision(2, 9, AlertState.ENDED), ROUTE, sent, OperatorState.NONE, NOW)).isEmpty();
    }

    @Test
    void shouldRemindAfterTheRepeatIntervalUnlessAcknowledged() {
        Sent old = new Sent(1, 4, NOW.minus(Duration.ofHours(5)), false);

        assertThat(decide(revision(2, 4, AlertState.PEAKED), ROUTE, old, OperatorState.NONE, NOW))
                .contains(new Decision(Notice.REMINDER, NOW));
        assertThat(decide(revision(2, 4, AlertState.PEAKED), ROUTE, old, new OperatorState(OperatorState.Kind.ACKED, null), NOW))
                .isEmpty();
    }

    @Test
    void shouldFollowTheOperator_resolvedStopsAll_snoozedHoldsUntilItEnds() {
        Sent opened = new Sent(1, 4, NOW.minus(Duration.ofHours(1)), false);
        Alert step = revision(4, 8, AlertState.GROWING);

        assertThat(decide(step, ROUTE, opened, new OperatorState(OperatorState.Kind.RESOLVED, null), NOW)).isEmpty();
        assertThat(decide(step, ROUTE, opened, new OperatorState(OperatorState.Kind.SNOOZED, NOW.plusSeconds(60)), NOW)).isEmpty();
        assertThat(decide(step, ROUTE, opened, new OperatorState(OperatorState.Kind.SNOOZED, NOW.minusSeconds(60)), NOW))
                .contains(new Decision(Notice.UPDATED, NOW));
    }

    @Test
    void shouldHoldNoticesInQuietHoursUnlessSevere() {
        // 23:30 Beijing time = 15:30 UTC; quiet 22:00-08:00 ends at 00:00 UTC the next day
        Instant lateEvening = Instant.parse("2025-06-01T15:30:00Z");
        Route quiet = new Route("brand_a", List.of("c"), Set.of(), Set.of(), 1, 2, Duration.ZERO, Duration.ZERO,
                new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), QuietHours.BEIJING, 8));

        assertThat(decide(revision(1, 4, AlertState.OPEN), quiet, null, OperatorState.NONE, lateEvening))
                .contains(new Decision(Notice.OPENED, Instant.parse("2025-06-02T00:00:00Z")));
        assertThat(decide(revision(1, 8, AlertState.OPEN), quiet, null, OperatorState.NONE, lateEvening))
                .contains(new Decision(Notice.OPENED, lateEvening));
        Instant noon = Instant.parse("2025-06-01T04:00:00Z");
        assertThat(decide(revision(1, 4, AlertState.OPEN), quiet, null, OperatorState.NONE, noon))
                .contains(new Decision(Notice.OPENED, noon));
    }
}
