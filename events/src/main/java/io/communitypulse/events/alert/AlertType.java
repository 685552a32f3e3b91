package io.communitypulse.events.alert;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one list of alert types: the job raises them, the API filters by them, docs/alerts.md
 * describes each. A new type is a new constant here; no table or API change is needed.
 */
public enum AlertType {

    NEGATIVE_CASCADE("negative_cascade", "nc", "members pile on a complaint in one group"),
    CLOCK_SKEW("clock_skew", "cs", "a producer dates its events ahead of the pipeline's clock"),
    MASS_EXIT("mass_exit", "mx", "members leave a group together, far above its normal rate, often urged to"),
    EARLY_EXITS("early_exits", "ee", "many new members leave a group within a day of joining"),
    DORMANT_GROUP("dormant_group", "dg", "no member has spoken in a group for days while it still has members"),
    BROADCAST_ONLY("broadcast_only", "bo", "almost only staff speak in a group: a notice board");

    private final String wireName;
    private final String idPrefix;
    private final String meaning;

    AlertType(String wireName, String idPrefix, String meaning) {
        this.wireName = wireName;
        this.idPrefix = idPrefix;
        this.meaning = meaning;
    }

    public String wireName() {
        return wireName;
    }

    /** Starts every id of this type: {@code nc-} + 20 hex digits for a negative cascade. */
    public String idPrefix() {
        return idPrefix;
    }

    public String meaning() {
        return meaning;
    }

    public static Optional<AlertType> fromWire(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(AlertType::wireName).toList();
    }
}
