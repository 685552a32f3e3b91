package io.communitypulse.sentiment.complaint;

/**
 * "Only so many": {@code 就四片}, {@code 只有两房}, {@code 才三天}. A count after 只有/就/才 is how members
 * report a short portion or a product that failed too soon, with no complaint word.
 */
final class Shortfalls {
    private static final String[] LEADS = {"只有", "才", "就"};
    private static final String NUMERALS = "0123456789一二两三四五六七八九十几半俩仨";
    /** Measure words of things counted; not 块 or 元 (才9块9 is cheap, not short). */
    private static final String COUNTED = "个片颗粒包袋根条只瓶罐盒箱斤克张房勺口";
    private static final String TIME = "天周月次回";

    private Shortfalls() {
    }

    /** Length of the shortfall starting at {@code from}, or 0. */
    static int lengthAt(String text, int from) {
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
}
