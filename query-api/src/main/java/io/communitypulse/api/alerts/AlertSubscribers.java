package io.communitypulse.api.alerts;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.api.auth.BrandScope;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The open alert streams, each with the brands its token may see. */
public final class AlertSubscribers {

    public static final String ALERT_EVENT = "alert";

    private record Subscriber(SseClient client, BrandScope scope) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public void add(SseClient client, BrandScope scope) {
        Subscriber subscriber = new Subscriber(client, scope);
        subscribers.add(subscriber);
        client.onClose(() -> subscribers.remove(subscriber));
    }

    /** Sends the alert to every stream whose scope includes its brand. */
    public void publish(Alert alert) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.scope().includes(alert.brandId())) {
                send(subscriber, () -> subscriber.client().sendEvent(ALERT_EVENT, alert));
            }
        }
    }

    /** A comment line: keeps proxies from closing idle streams and reveals closed ones. */
    public void heartbeat() {
        for (Subscriber subscriber : subscribers) {
            send(subscriber, () -> subscriber.client().sendComment("heartbeat"));
        }
    }

    public int size() {
        return subscribers.size();
    }

    public void closeAll() {
        subscribers.forEach(subscriber -> subscriber.client().close());
        subscribers.clear();
    }

    private void send(Subscriber subscriber, Runnable write) {
        if (subscriber.client().terminated()) {
            subscribers.remove(subscriber);
            return;
        }
        write.run();
    }
}
