package io.communitypulse.notifier.delivery;

import io.communitypulse.notifier.channel.Notice;
import io.communitypulse.notifier.channel.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A notification waiting in a channel's queue. A newer revision of the same alert that arrives while
 * it waits replaces its content instead of queueing a second message (Alertmanager's grouping); the
 * work it stands for (Kafka records to acknowledge) is then done only when the merged one is.
 */
final class Job {

    final long sequence;
    Notification notification;
    Instant notBefore;
    final List<Runnable> onDone = new ArrayList<>();

    Job(long sequence, Notification notification, Instant notBefore, Runnable onDone) {
        this.sequence = sequence;
        this.notification = notification;
        this.notBefore = notBefore;
        this.onDone.add(onDone);
    }

    String alertKey() {
        return notification.alert().brandId() + "/" + notification.alert().alertId();
    }

    /**
     * Takes in a newer notification for the same alert. An opening not yet sent stays an opening
     * (now with the newer content) and keeps its time, so quiet hours hold; a resolve wins over
     * anything else; otherwise the earlier time stands.
     */
    void merge(Notification newer, Instant newerNotBefore, Runnable newerOnDone) {
        Notice queued = notification.notice();
        Notice notice = newer.notice() == Notice.RESOLVED ? Notice.RESOLVED
                : queued == Notice.OPENED ? Notice.OPENED : newer.notice();
        if (queued != Notice.OPENED && newerNotBefore.isBefore(notBefore)) {
            notBefore = newerNotBefore;
        }
        notification = notification.withAlert(newer.alert(), notice);
        onDone.add(newerOnDone);
    }

    void done() {
        onDone.forEach(Runnable::run);
    }
}
