package io.communitypulse.notifier.channel;

import java.util.Locale;

/** Why a revision is sent: the alert opened, grew by a severity step, ended, or is still open after a while. */
public enum Notice {
    OPENED("新预警", "New alert"),
    UPDATED("升级", "Escalated"),
    RESOLVED("已结束", "Resolved"),
    REMINDER("仍未处理", "Reminder");

    private final String chinese;
    private final String english;

    Notice(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(boolean inEnglish) {
        return inEnglish ? english : chinese;
    }

    public static Notice fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
