package io.communitypulse.pipeline.cascade;

import java.util.List;
import java.util.Locale;

/**
 * Short agreeing replies that join a complaint without naming it: "我也是", "+1", "同样的问题",
 * "退款了". The sentiment model may read them as neutral; in a group with an open complaint they
 * are the pile-on itself.
 */
public final class PileOnCue {

    // Deliberately narrow: "我也想要" or "一样一样" in small talk must not join a complaint.
    private static final List<String> PHRASES = List.of(
            "我也是", "俺也一样", "+1", "＋1", "同样的问题", "一样的问题", "同款问题", "也是这样", "我也遇到",
            "我也过敏", "我家也是", "退款了", "me too", "same here");
    private static final int MAX_CHARS = 40;

    private PileOnCue() {}

    public static boolean matches(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return PHRASES.stream().anyMatch(lower::contains);
    }
}
