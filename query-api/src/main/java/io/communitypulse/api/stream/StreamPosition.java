package io.communitypulse.api.stream;

import io.javalin.http.BadRequestResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A place in the alert topic: for each partition, the offset of the next record. It is the SSE event
 * id ({@code 0:15,1:3,2:7}), so a reconnecting client's {@code Last-Event-ID} says exactly what it has
 * seen, whichever API instance it reaches.
 */
public record StreamPosition(Map<Integer, Long> next) {

    public static final StreamPosition START = new StreamPosition(Map.of());

    public StreamPosition {
        next = Map.copyOf(next);
    }

    public long next(int partition) {
        return next.getOrDefault(partition, 0L);
    }

    public StreamPosition after(int partition, long offset) {
        Map<Integer, Long> moved = new TreeMap<>(next);
        moved.put(partition, offset + 1);
        return new StreamPosition(moved);
    }

    public String eventId() {
        return new TreeMap<>(next).entrySet().stream().map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** Reads an event id; a malformed one is a 400 (the client should start afresh). */
    public static StreamPosition parse(String eventId) {
        Map<Integer, Long> next = new TreeMap<>();
        try {
            for (String part : eventId.split(",")) {
                String[] pair = part.trim().split(":");
                if (pair.length != 2 || Integer.parseInt(pair[0]) < 0 || Long.parseLong(pair[1]) < 0) {
                    throw new NumberFormatException(part);
                }
                next.put(Integer.parseInt(pair[0]), Long.parseLong(pair[1]));
            }
        } catch (NumberFormatException e) {
            throw new BadRequestResponse("Last-Event-ID must be an id this stream sent, such as 0:15,1:3; got '" + eventId + "'");
        }
        return new StreamPosition(next);
    }
}
