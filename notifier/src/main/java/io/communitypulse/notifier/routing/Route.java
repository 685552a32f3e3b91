package io.communitypulse.notifier.routing;

import io.communitypulse.events.alert.Alert;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Which alerts of a brand go to which channels, and how often (docs/alerts.md, Delivery). An alert
 * matches when its type is in {@code types} and its group in {@code groups} (either empty: all);
 * it is first sent once its severity reaches {@code minSeverity}. After that a revision is sent when
 * its severity has risen by {@code severityStep} since the last one sent, no sooner than
 * {@code minInterval} after it (Alertmanager's group interval); when the alert ends; and as a
 * reminder when {@code repeatInterval} has passed without any (zero: no reminders).
 */
public record Route(String brand, List<String> channelIds, Set<String> types, Set<String> groups, int minSeverity,
                    int severityStep, Duration minInterval, Duration repeatInterval, QuietHours quietHours) {

    public static final int DEFAULT_SEVERITY_STEP = 2;
    public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMinutes(5);
    public static final Duration DEFAULT_REPEAT_INTERVAL = Duration.ofHours(4);

    public Route {
        channelIds = List.copyOf(channelIds);
        types = Set.copyOf(types);
        groups = Set.copyOf(groups);
        if (severityStep < 1) {
            throw new IllegalArgumentException("route for " + brand + ": severity_step must be at least 1");
        }
    }

    public boolean matches(Alert alert) {
        return (brand.equals("*") || brand.equals(alert.brandId()))
                && (types.isEmpty() || types.contains(alert.type()))
                && (groups.isEmpty() || groups.contains(alert.groupId()));
    }
}
