package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.match.LongestMatchTrie;

/**
 * Finds number phrases ({@code 两个多小时}, {@code 一个月}, {@code 200分钟}, {@code 第二天}, {@code 几个}) and their
 * demonstrative kin ({@code 这个}, {@code 那天}, {@code 每次}) so a cue that touches one grows to cover it: a
 * complaint about waiting reads {@code 等了两个多小时}, not {@code 等了两}, and one about a product
 * {@code 这个奶粉}, not {@code 个奶粉}.
 *
 * <p>A phrase is 第 or a run of numerals (Chinese or Arabic), or 这/那/每/哪 with or without numerals, then
 * any of 个/多/半, then a unit from a short list of time spans, ages and measures, or else a final 个
 * (两个, 这个). A number alone is no phrase (一直, 一般, 降200: a bare number tells an operator nothing), nor
 * is 这么 or 那样; 点 is no unit, because 一点 is mostly "a little".
 */
final class NumberPhrases {
    private static final long[] NUMERALS = numerals();
    private static final LongestMatchTrie UNITS = units(
            "小时", "分钟", "钟头", "星期", "礼拜", "天", "周", "月", "年", "岁", "次", "秒", "块", "元", "斤", "件", "盒", "袋", "瓶", "遍");

    private NumberPhrases() {
    }

    /** The end of the number phrase that starts at {@code from}, or -1 when none starts there. */
    static int endAt(String text, int from) {
        int n = text.length();
        if (from >= n) {
            return -1;
        }
        char first = text.charAt(from);
        boolean demonstrative = isDemonstrative(first);
        if (!demonstrative && first != '第' && !isNumeral(first)) {
            return -1;
        }
        int p = demonstrative || first == '第' ? from + 1 : from;
        int numeralsStart = p;
        while (p < n && isNumeral(text.charAt(p))) {
            p++;
        }
        if (p == numeralsStart && !demonstrative) {
            return -1;
        }
        while (p < n && (text.charAt(p) == '个' || text.charAt(p) == '多' || text.charAt(p) == '半')) {
            p++;
        }
        long unit = UNITS.longestMatch(text, p);
        if (unit != LongestMatchTrie.NO_MATCH) {
            return p + LongestMatchTrie.matchLength(unit);
        }
        return text.charAt(p - 1) == '个' ? p : -1;
    }

    /**
     * Whether {@code text[from, to)} is a phrase that only points or counts (这个, 每次, 两个) and nothing else:
     * it names nothing, so it is no cue on its own; a span or an amount (两个小时, 三天, 9块钱) is.
     */
    static boolean isBarePointer(String text, int from, int to) {
        return (isDemonstrative(text.charAt(from)) || text.charAt(to - 1) == '个') && endAt(text, from) == to;
    }

    private static boolean isDemonstrative(char c) {
        return c == '这' || c == '那' || c == '每' || c == '哪';
    }

    private static boolean isNumeral(char c) {
        return (NUMERALS[c >>> 6] & (1L << c)) != 0;
    }

    private static LongestMatchTrie units(String... units) {
        LongestMatchTrie.Builder builder = LongestMatchTrie.builder();
        for (String unit : units) {
            builder.add(unit, 0);
        }
        return builder.build();
    }

    /** Bit c set for the numeral chars: a phrase is looked for at every position of an opinionated text. */
    private static long[] numerals() {
        long[] bits = new long[1024];
        for (char c : "0123456789零〇一二两三四五六七八九十百千万几半".toCharArray()) {
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }
}
