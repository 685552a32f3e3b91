package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.text.TextNormaliser;

/**
 * Quotation marks in the raw text (the normaliser drops “”): a short word in “” or "" is a scare quote,
 * usually ironic praise after a complaint ({@code 这"新鲜"的水果}); 「」 or 『』, or a longer quote, that
 * opens the line is a quote-reply to an earlier line ({@code 「我家的也吐了」 一样}).
 */
final class Quotes {
    private static final String OPEN = "“\"‘「『";
    private static final String CLOSE = "”\"’」』";
    /** Marks from here on in OPEN quote a line, never a word. */
    private static final int LINE_QUOTES = 3;
    private static final int SCARE_MAX = 6;
    private static final int REPLY_MIN = 2;
    private static final int REPLY_OPENS_BY = 3;

    private Quotes() {
    }

    /** What quotes a line holds: its scare-quoted word (with the marks) and the text of an opening quote. */
    record Found(String text, String quotedLine) {
        static final Found NONE = new Found("", "");

        boolean scareQuoted() {
            return !text.isEmpty();
        }
    }

    static Found find(String raw) {
        if (raw == null) {
            return Found.NONE;
        }
        String scare = "";
        String reply = "";
        int i = 0;
        while (i < raw.length()) {
            int open = OPEN.indexOf(raw.charAt(i));
            if (open < 0) {
                i++;
                continue;
            }
            int close = raw.indexOf(CLOSE.charAt(open), i + 1);
            if (close < 0) {
                break;
            }
            int length = raw.codePointCount(i + 1, close);
            boolean lineQuote = open >= LINE_QUOTES || length > SCARE_MAX;
            if (!lineQuote && length >= 1 && scare.isEmpty()) {
                scare = raw.substring(i, close + 1);
            } else if (lineQuote && length >= REPLY_MIN && i <= REPLY_OPENS_BY && reply.isEmpty()) {
                reply = TextNormaliser.normalise(raw.substring(i + 1, close));
            }
            i = close + 1;
        }
        return scare.isEmpty() && reply.isEmpty() ? Found.NONE : new Found(scare, reply);
    }
}
