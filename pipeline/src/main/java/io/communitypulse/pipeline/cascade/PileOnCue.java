package io.communitypulse.pipeline.cascade;

import java.util.List;
import java.util.Locale;

/**
 * Short agreeing replies that join a complaint without naming it: "我也是", "+1", "同样的问题",
 * "退款了". The sentiment model may read them as neutral; in a group with an open complaint they
 * are the pile-on itself.
 */
public final class PileOnCue {

    private static final List<String> PHRASES = List.of(
            "我也是", "我也", "俺也", "+1", "＋1", "同样", "一样的问题", "同款问题", "也是这样", "也遇到", "一样",
            "同问", "我家也", "退款了", "退了", "me too", "same here");
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
