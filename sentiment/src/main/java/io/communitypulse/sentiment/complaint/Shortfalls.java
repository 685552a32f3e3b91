package io.communitypulse.sentiment.complaint;

/**
 * "Only so many": {@code 就四片}, {@code 只有两房}, {@code 才三天}. A count after 只有/就/才 is how members
 * report a short portion or a product that failed too soon, with no complaint word. And "none at all":
 * {@code 一点颜色没有}, {@code 一点味都莫得}.
 */
final class Shortfalls {
    private static final String[] LEADS = {"只有", "才", "就"};
    private static final String NUMERALS = "0123456789一二两三四五六七八九十几半俩仨";
    /** Measure words of things counted; not 块 or 元 (才9块9 is cheap, not short). */
    private static final String COUNTED = "个片颗粒包袋根条只瓶罐盒箱斤克张房勺口";
    private static final String TIME = "天周月次回";

    private Shortfalls() {
    }

    private static final String[] NONE_AT_ALL = {"没有", "莫得", "没", "冇"};
    /** None of these is good news: 一点事没有, 一点问题都没有. */
    private static final String[] NOTHING_WRONG = {"事", "事儿", "问题", "毛病", "影响", "异味"};
    private static final int NOUN_MAX = 4;

    /** Length of the shortfall starting at {@code from}, or 0. */
    static int lengthAt(String text, int from) {
        if ("只才就一".indexOf(text.charAt(from)) < 0) {
            return 0;
        }
        int none = noneAtAll(text, from);
        if (none > 0) {
            return none;
        }
        for (String lead : LEADS) {
            if (!text.startsWith(lead, from)) {
                continue;
            }
            int i = from + lead.length();
            if (lead.equals("才") && text.startsWith("用", i)) {
                i++;
            }
            int digits = i;
            while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i == digits || i >= text.length()) {
                return 0;
            }
            if (text.charAt(i) == '个' && i + 1 < text.length() && TIME.indexOf(text.charAt(i + 1)) >= 0) {
                i++;
            }
            char unit = text.charAt(i);
            boolean counted = COUNTED.indexOf(unit) >= 0;
            boolean tooSoon = lead.equals("才") && TIME.indexOf(unit) >= 0;
            return counted || tooSoon ? i + 1 - from : 0;
        }
        return 0;
    }

    /** {@code 一点颜色没有}, {@code 一点水分都没有}: 一点, a short noun, maybe 都/也, then a word for none. */
    private static int noneAtAll(String text, int from) {
        if (!text.startsWith("一点", from)) {
            return 0;
        }
        int start = from + 2;
        for (int i = start + 1; i <= Math.min(text.length(), start + NOUN_MAX + 1); i++) {
            int at = i;
            if (at < text.length() && "都也".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            for (String none : NONE_AT_ALL) {
                if (text.startsWith(none, at)) {
                    return nothingWrong(text.substring(start, i)) ? 0 : at + none.length() - from;
                }
            }
            if (i < text.length() && " ,.!?".indexOf(text.charAt(i)) >= 0) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean nothingWrong(String noun) {
        for (String word : NOTHING_WRONG) {
            if (noun.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
