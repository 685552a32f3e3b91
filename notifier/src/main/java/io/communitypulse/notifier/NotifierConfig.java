package io.communitypulse.notifier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.notifier.channel.Channel;
import io.communitypulse.notifier.channel.ChannelKind;
import io.communitypulse.notifier.delivery.Backoff;
import io.communitypulse.notifier.routing.QuietHours;
import io.communitypulse.notifier.routing.Route;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifier's configuration, a JSON file (README, "Notifier"; deploy/notifier.example.json):
 * where Kafka and ClickHouse are, the dashboard's address for links, the channels and the routes.
 * A mistake is an {@link IllegalArgumentException} naming the entry.
 */
public record NotifierConfig(String kafka, String jdbc, URI dashboardUrl, String consumerGroup, String startFrom,
                             Map<String, Channel> channels, List<Route> routes, Backoff backoff, Duration httpTimeout) {

    public static final String DEFAULT_GROUP = "pulse-notifier";

    public NotifierConfig {
        channels = Map.copyOf(channels);
        routes = List.copyOf(routes);
        for (Route route : routes) {
            for (String id : route.channelIds()) {
                if (!channels.containsKey(id)) {
                    throw new IllegalArgumentException("route for brand " + route.brand() + " names channel '" + id
                            + "', which is not configured");
                }
            }
        }
        if (!startFrom.equals("latest") && !startFrom.equals("earliest")) {
            throw new IllegalArgumentException("start_from must be latest or earliest, not '" + startFrom + "'");
        }
    }

    public static NotifierConfig fromFile(Path file) {
        try {
            return fromJson(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read notifier configuration " + file, e);
        }
    }

    public static NotifierConfig fromJson(JsonNode root) {
        Map<String, Channel> channels = new LinkedHashMap<>();
        for (JsonNode node : root.path("channels")) {
            Channel channel = channel(node);
            if (channels.put(channel.id(), channel) != null) {
                throw new IllegalArgumentException("channel id '" + channel.id() + "' is used twice");
            }
        }
        List<Route> routes = new ArrayList<>();
        root.path("routes").forEach(node -> routes.add(route(node)));
        JsonNode retry = root.path("retry");
        Backoff backoff = new Backoff(retry.path("max_attempts").asInt(Backoff.DEFAULT.maxAttempts()),
                Duration.ofMillis(retry.path("initial_backoff_ms").asLong(Backoff.DEFAULT.initial().toMillis())),
                Duration.ofMillis(retry.path("max_backoff_ms").asLong(Backoff.DEFAULT.max().toMillis())));
        return new NotifierConfig(text(root, "kafka", ""), text(root, "jdbc", ""),
                URI.create(text(root, "dashboard_url", "http://localhost:7070")), text(root, "consumer_group", DEFAULT_GROUP),
                text(root, "start_from", "latest"), channels, routes, backoff,
                Duration.ofMillis(root.path("http_timeout_ms").asLong(10_000)));
    }

    public NotifierConfig withConnections(String kafkaBootstrap, String jdbcUrl, URI dashboard) {
        return new NotifierConfig(kafkaBootstrap == null ? kafka : kafkaBootstrap, jdbcUrl == null ? jdbc : jdbcUrl,
                dashboard == null ? dashboardUrl : dashboard, consumerGroup, startFrom, channels, routes, backoff, httpTimeout);
    }

    private static Channel channel(JsonNode node) {
        String id = text(node, "id", "");
        String url = text(node, "url", "");
        if (url.isEmpty()) {
            throw new IllegalArgumentException("channel '" + id + "' has no url");
        }
        List<ChannelKind.RateWindow> limits = null;
        if (node.has("rate_limits")) {
            limits = new ArrayList<>();
            for (JsonNode limit : node.get("rate_limits")) {
                limits.add(ChannelKind.RateWindow.of(limit.path("count").asInt(), Duration.ofMillis(limit.path("window_ms").asLong())));
            }
        }
        return new Channel(id, ChannelKind.fromWire(text(node, "kind", "")), URI.create(url), text(node, "secret", ""),
                text(node, "language", Channel.CHINESE), limits);
    }

    private static Route route(JsonNode node) {
        String brand = text(node, "brand", "");
        if (brand.isEmpty()) {
            throw new IllegalArgumentException("a route needs a brand (or \"*\")");
        }
        List<String> channelIds = strings(node.path("channels"));
        if (channelIds.isEmpty()) {
            throw new IllegalArgumentException("route for brand " + brand + " names no channels");
        }
        return new Route(brand, channelIds, new HashSet<>(strings(node.path("types"))), new HashSet<>(strings(node.path("groups"))),
                node.path("min_severity").asInt(1), node.path("severity_step").asInt(Route.DEFAULT_SEVERITY_STEP),
                Duration.ofSeconds(node.path("min_interval_seconds").asLong(Route.DEFAULT_MIN_INTERVAL.toSeconds())),
                Duration.ofSeconds(node.path("repeat_interval_seconds").asLong(Route.DEFAULT_REPEAT_INTERVAL.toSeconds())),
                quietHours(node.path("quiet_hours")));
    }

    private static QuietHours quietHours(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return new QuietHours(LocalTime.parse(text(node, "from", "")), LocalTime.parse(text(node, "to", "")),
                node.has("time_zone") ? ZoneId.of(node.get("time_zone").asText()) : QuietHours.BEIJING,
                node.path("unless_severity_at_least").asInt(Integer.MAX_VALUE));
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** The brands routes name, for the start-up line. */
    public Set<String> brands() {
        Set<String> brands = new HashSet<>();
        routes.forEach(route -> brands.add(route.brand()));
        return brands;
    }
}
