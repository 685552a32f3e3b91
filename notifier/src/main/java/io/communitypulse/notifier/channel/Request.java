package io.communitypulse.notifier.channel;

import java.net.URI;
import java.util.Map;

/** One HTTP POST to a channel: where, which headers, which body. */
public record Request(URI uri, Map<String, String> headers, byte[] body) {
    public Request {
        headers = Map.copyOf(headers);
    }
}
