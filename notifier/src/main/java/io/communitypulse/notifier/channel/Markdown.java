package io.communitypulse.notifier.channel;

import java.nio.charset.StandardCharsets;

/**
 * The alert as the markdown WeCom and DingTalk robots render: a heading, bold labels, the evidence
 * as quotes and the link. As much evidence as fits in {@code maxBytes} of UTF-8 (WeCom's limit is
 * 4096 bytes); what does not fit is counted.
 */
final class Markdown {

    private Markdown() {}

    static String render(AlertText text, boolean en, int maxBytes) {
        for (int shown = text.quotes().size(); shown >= 0; shown--) {
            String markdown = renderShowing(text, en, shown);
            if (markdown.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
                return markdown;
            }
        }
        throw new IllegalStateException("an alert without evidence does not fit in " + maxBytes + " bytes");
    }

    private static String renderShowing(AlertText text, boolean en, int shown) {
        StringBuilder out = new StringBuilder("### ").append(escape(text.title())).append('\n');
        for (AlertText.Fact fact : text.facts()) {
            out.append("**").append(fact.label()).append("**").append(en ? ": " : "：").append(escape(fact.value())).append('\n');
        }
        if (!text.quotes().isEmpty()) {
            out.append(en ? "**Evidence**\n" : "**证据**\n");
        }
        for (AlertText.Quote quote : text.quotes().subList(0, shown)) {
            out.append("> ").append(escape(quote.text())).append(" — ").append(escape(quote.sender())).append(' ')
                    .append(quote.time()).append('\n');
        }
        if (shown < text.quotes().size()) {
            out.append("> ").append(text.moreEvidence(shown, en)).append('\n');
        }
        out.append('\n').append('[').append(text.linkLabel()).append("](").append(text.link()).append(')');
        return out.toString();
    }

    /** Member text must not turn into markup or links. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")
                .replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
