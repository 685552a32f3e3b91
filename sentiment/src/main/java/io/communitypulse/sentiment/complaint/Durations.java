package io.communitypulse.sentiment.complaint;

/**
 * Spans of time gone by, the commonest way a member says a wait or a problem has lasted too long:
 * {@code 三天了}, {@code 第9天}, {@code 一个多小时}, {@code 都几天了}. A bare span ({@code 用了三天},
 * {@code 15天内}) is not one: it needs 第 before it, or 了 or 多 after the number or the unit.
 */
final class Durations {
    private static final String NUMERALS = "0123456789一二两三四五六七八九十百几半俩仨";
    private static final String[] UNITS = {"小时", "钟头", "星期", "礼拜", "分钟", "天", "周", "月", "年", "次", "回", "遍"};

    private Durations() {
    }

    /** Length of the span starting at {@code from}, or 0. */
    static int lengthAt(String text, int from) {
        int i = from;
        boolean ordinal = false;
        if (i < text.length() && text.charAt(i) == '第') {
            ordinal = true;
            i++;
        } else if (from > 0 && NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
            return 0;
        }
        int digits = i;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == digits) {
            return 0;
        }
        boolean more = false;
        if (i < text.length() && text.charAt(i) == '个') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '多') {
            more = true;
            i++;
        }
        int unit = unitLength(text, i);
        if (unit == 0) {
            return 0;
        }
        boolean repeat = unit == 1 && "次回遍".indexOf(text.charAt(i)) >= 0;
        i += unit;
        if (i < text.length() && text.charAt(i) == '多') {
            more = true;
            i++;
        }
        boolean gone = i < text.length() && text.charAt(i) == '了';
        if (gone) {
            i++;
        }
        if (repeat && !ordinal) {
            return 0;
        }
        return ordinal || gone || more ? i - from : 0;
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
