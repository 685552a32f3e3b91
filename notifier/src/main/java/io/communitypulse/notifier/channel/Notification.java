package io.communitypulse.notifier.channel;

import io.communitypulse.events.alert.Alert;
import java.net.URI;

/** One message due to one channel: an alert revision, why it is sent, and where the dashboard shows it. */
public record Notification(Alert alert, Notice notice, Channel channel, URI alertLink) {

    /** alert_id/revision/channel: the same for every attempt, so a receiver can deduplicate on it. */
    public String deliveryId() {
        return alert.alertId() + "/" + alert.revision() + "/" + channel.id();
    }

    public Notification withAlert(Alert newer, Notice newNotice) {
        return new Notification(newer, newNotice, channel, alertLink);
    }
}
