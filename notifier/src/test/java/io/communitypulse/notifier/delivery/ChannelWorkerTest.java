package io.communitypulse.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.AlertState;
import io.communitypulse.notifier.Alerts;
import io.communitypulse.notifier.Receiver;
import io.communitypulse.notifier.channel.Channel;
import io.communitypulse.notifier.channel.ChannelKind;
import io.communitypulse.notifier.channel.Notice;
import io.communitypulse.notifier.channel.Notification;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A channel's queue against a real receiver: due times held, revisions of one alert folded into one message. */
class ChannelWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration HOLD = Duration.ofMillis(1500);
    private static final URI LINK = URI.create("http://127.0.0.1:7070/alert.html?id=nc-1");

    private Receiver receiver;
    private ChannelWorker worker;
    private Channel channel;

    @BeforeEach
    void start() {
        receiver = Receiver.start("");
        channel = new Channel("hook", ChannelKind.WEBHOOK, receiver.url("/hook"), "secret", "zh", null);
        worker = new ChannelWorker(channel, new Backoff(3, Duration.ofMillis(20), Duration.ofMillis(50)),
                new HttpSender(Duration.ofSeconds(5)), attempt -> { }, Clock.systemUTC()).start();
    }

    @AfterEach
    void stop() {
        worker.close();
        receiver.close();
    }

    private Notification notification(int revision, Notice notice, AlertState state) {
        return new Notification(Alerts.cascade("nc-1", revision, 3 + revision, state), notice, channel, LINK);
    }

    @Test
    void shouldFoldANewerRevisionIntoAHeldOpeningAndSendItOnceWhenDue() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        Instant offered = Instant.now();

        worker.offer(notification(1, Notice.OPENED, AlertState.OPEN), offered.plus(HOLD), done::countDown);
        worker.offer(notification(3, Notice.UPDATED, AlertState.GROWING), offered, done::countDown);

        assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("both revisions' work is done").isTrue();
        List<Receiver.Received> requests = receiver.received();
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.header("X-Pulse-Event")).isEqualTo("alert.opened");
            assertThat(request.header("X-Pulse-Delivery")).isEqualTo("nc-1/3/hook");
            assertThat(request.at()).isAfterOrEqualTo(offered.plus(HOLD).minusMillis(5));
        });
    }

    @Test
    void shouldLetAResolveOvertakeAHeldUpdate() throws Exception {
        CountDownLatch done = new CountDownLatch(2);
        Instant offered = Instant.now();

        worker.offer(notification(2, Notice.UPDATED, AlertState.GROWING), offered.plus(Duration.ofMinutes(5)), done::countDown);
        worker.offer(notification(4, Notice.RESOLVED, AlertState.ENDED), offered, done::countDown);

        assertThat(done.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(receiver.received()).singleElement().satisfies(request -> {
            assertThat(request.header("X-Pulse-Event")).isEqualTo("alert.resolved");
            assertThat(request.header("X-Pulse-Delivery")).isEqualTo("nc-1/4/hook");
        });
    }
}
