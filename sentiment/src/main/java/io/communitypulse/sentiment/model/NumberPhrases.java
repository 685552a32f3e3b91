package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.match.LongestMatchTrie;

/**
 * Finds number phrases ({@code 两个多小时}, {@code 一个月}, {@code 200分钟}, {@code 第二天}, {@code 几个}) so a cue
 * that touches one grows to cover it: a complaint about waiting reads {@code 等了两个多小时}, not {@code 等了两}.
 *
 * <p>A phrase is an optional 第, a run of numerals (Chinese or Arabic), then any of 个/多/半, then a unit
 * from a short list of time spans, ages and measures, or else a final 个 (两个, 几个). A number alone is
 * no phrase (一直, 一般, 降200: a bare number tells an operator nothing); nor is 点 a unit, because 一点 is
 * mostly "a little".
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
        if (from >= n || (!isNumeral(text.charAt(from)) && text.charAt(from) != '第')) {
            return -1;
        }
        int p = text.charAt(from) == '第' ? from + 1 : from;
        int numeralsStart = p;
        while (p < n && isNumeral(text.charAt(p))) {
            p++;
        }
        if (p == numeralsStart) {
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
