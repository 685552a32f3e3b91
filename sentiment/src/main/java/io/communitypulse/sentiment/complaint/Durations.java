package io.communitypulse.sentiment.complaint;

/**
 * Spans of time gone by, the commonest way a member says a wait or a problem has lasted too long:
 * {@code 三天了}, {@code 第9天}, {@code 一个多小时}, {@code 等了三天}. A bare span ({@code 三天能到},
 * {@code 15天内}) is not one: it needs 第 or a verb's 了 before it, or 了 or 多 after the number or the unit.
 * The first time ({@code 第一次}) is no wait.
 */
final class Durations {
    private static final String NUMERALS = "0123456789一二两三四五六七八九十百几半俩仨";
    private static final String[] UNITS = {"小时", "钟头", "星期", "礼拜", "分钟", "天", "周", "月", "年", "次", "回", "遍"};
    private static final String REPEATS = "次回遍";

    private Durations() {
    }

    /** Length of the span starting at {@code from}, or 0. */
    static int lengthAt(String text, int from) {
        int n = text.length();
        char c = text.charAt(from);
        boolean ordinal = c == '第';
        if (!ordinal && NUMERALS.indexOf(c) < 0) {
            return 0;
        }
        if (!ordinal && from > 0 && NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
            return 0;
        }
        boolean afterVerb = from > 0 && text.charAt(from - 1) == '了';
        int numberStart = ordinal ? from + 1 : from;
        int i = numberStart;
        while (i < n && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == numberStart) {
            return 0;
        }
        boolean first = i - numberStart == 1 && "一1".indexOf(text.charAt(numberStart)) >= 0;
        if (i < n && text.charAt(i) == '个') {
            i++;
        }
        boolean more = i < n && text.charAt(i) == '多';
        if (more) {
            i++;
        }
        int unit = unitLength(text, i);
        if (unit == 0) {
            return 0;
        }
        boolean repeat = REPEATS.indexOf(text.charAt(i)) >= 0;
        i += unit;
        if (i < n && text.charAt(i) == '多') {
            more = true;
            i++;
        }
        boolean gone = i < n && text.charAt(i) == '了';
        if (gone) {
            i++;
        }
        if (repeat && !ordinal || ordinal && first) {
            return 0;
        }
        return ordinal || gone || more || afterVerb ? i - from : 0;
    }

    private static int unitLength(String text, int at) {
        for (String unit : UNITS) {
            if (text.startsWith(unit, at)) {
                return unit.length();
            }
        }
        return 0;
    }
}
