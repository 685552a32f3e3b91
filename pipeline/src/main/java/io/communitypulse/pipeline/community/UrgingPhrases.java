package io.communitypulse.pipeline.community;

import java.util.List;

/**
 * Words with which members announce they leave or urge others to leave or to stop buying (带节奏):
 * what marks a mass exit as incited. Matched in the message text with spaces removed; documented in
 * docs/alerts.md.
 */
final class UrgingPhrases {

    static final List<String> PHRASES = List.of(
            "退群", "退羣", "我退了", "都退了", "退了吧", "一起退", "集体退", "大家退", "赶紧退", "快退",
            "别买了", "別買了", "不要买了", "别再买", "千万别买", "都别买",
            "大家散了", "散了吧", "散了散了", "避雷", "快跑", "拉黑");

    private UrgingPhrases() {}

    /** The first phrase the text contains, or null. */
    static String find(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String compact = text.replaceAll("\\s+", "");
        for (String phrase : PHRASES) {
            if (compact.contains(phrase)) {
                return phrase;
            }
        }
        return null;
    }
}
