package io.communitypulse.events.alert;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one list of alert types: the job raises them, the API filters by them, docs/alerts.md
 * describes each. A new type is a new constant here; no table or API change is needed.
 */
public enum AlertType {

    NEGATIVE_CASCADE("negative_cascade", "nc", "负面连锁反应", "Negative cascade", "members pile on a complaint in one group"),
    CLOCK_SKEW("clock_skew", "cs", "数据源时钟超前", "Producer clock ahead",
            "a producer dates its events ahead of the pipeline's clock"),
    MASS_EXIT("mass_exit", "mx", "集体退群", "Mass exit",
            "members leave a group together, far above its normal rate, often urged to"),
    EARLY_EXITS("early_exits", "ee", "新人速退", "Early exits", "many new members leave a group within a day of joining"),
    DORMANT_GROUP("dormant_group", "dg", "沉寂群", "Dormant group",
            "no member has spoken in a group for days while it still has members"),
    BROADCAST_ONLY("broadcast_only", "bo", "只有员工发言", "Broadcast only", "almost only staff speak in a group: a notice board");

    private final String wireName;
    private final String idPrefix;
    private final String chineseName;
    private final String englishName;
    private final String meaning;

    AlertType(String wireName, String idPrefix, String chineseName, String englishName, String meaning) {
        this.wireName = wireName;
        this.idPrefix = idPrefix;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.meaning = meaning;
    }

    public String wireName() {
        return wireName;
    }

    /** Starts every id of this type: {@code nc-} + 20 hex digits for a negative cascade. */
    public String idPrefix() {
        return idPrefix;
    }

    /** What an operator reads as the alert's name, in Chinese or in English. */
    public String displayName(boolean english) {
        return english ? englishName : chineseName;
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
