package io.communitypulse.sentiment.text;

import io.communitypulse.sentiment.match.LongestMatchTrie;
import java.nio.CharBuffer;

/**
 * Turns a raw chat message into the form every later stage reads: traditional characters simplified,
 * full-width forms and Latin case folded, whitespace collapsed, WeChat emoticons and emoji replaced by
 * one {@link SignalTokens} character each, and runs of {@code ？！。…} collapsed to one mark plus a
 * signal token, because {@code ？？？} says more than {@code ？}.
 */
public final class TextNormaliser {
    /** Runs of one character longer than this are cut: 哈哈哈哈哈 and 哈哈哈 mean the same. */
    private static final int MAX_RUN = 3;

    private TextNormaliser() {
    }

    public static String normalise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        char[] folded = foldChars(raw);
        CharBuffer foldedView = CharBuffer.wrap(folded);
        SignalTokens tokens = SignalTokens.instance();
        char[] out = new char[folded.length];
        int o = 0;
        int i = 0;
        int n = folded.length;
        while (i < n) {
            char c = folded[i];
            if (c == '[') {
                long match = tokens.bracketedAt(foldedView, i);
                if (match != LongestMatchTrie.NO_MATCH) {
                    out[o++] = tokens.tokenAt(LongestMatchTrie.matchValue(match));
                    i += LongestMatchTrie.matchLength(match);
                    continue;
                }
                out[o++] = c;
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(folded[i + 1])) {
                char token = tokens.emoji(Character.toCodePoint(c, folded[i + 1]));
                if (token != 0) {
                    out[o++] = token;
                }
                i += 2;
            } else if (isInvisible(c)) {
                i++;
            } else if (c == '?' || c == '!') {
                int end = runEnd(folded, i, "?!");
                boolean question = contains(folded, i, end, '?');
                out[o++] = question ? '?' : '!';
                if (end - i >= 2) {
                    out[o++] = question ? tokens.repeatedQuestion : tokens.repeatedExclamation;
                }
                i = end;
            } else if (c == '.' || c == '\u2026') {
                int end = runEnd(folded, i, ".\u2026");
                if (end - i >= 2 || c == '\u2026') {
                    out[o++] = tokens.ellipsis;
                } else {
                    out[o++] = '.';
                }
                i = end;
            } else if (c == ' ') {
                if (o > 0 && out[o - 1] != ' ') {
                    out[o++] = ' ';
                }
                i++;
            } else if (c >= 0x2000 && c < 0x2C00) {
                char token = tokens.emoji(c);
                if (token != 0) {
                    out[o++] = token;
                }
                i++;
            } else {
                int end = runEnd(folded, i, c);
                int keep = c == '~' ? 1 : Math.min(end - i, MAX_RUN);
                for (int k = 0; k < keep; k++) {
                    out[o++] = c;
                }
                i = end;
            }
        }
        if (o > 0 && out[o - 1] == ' ') {
            o--;
        }
        return new String(out, 0, o);
    }

    /** Folds every char without the token and run handling; for dictionary keys. */
    public static String foldAll(String s) {
        return new String(foldChars(s));
    }

    private static char[] foldChars(String raw) {
        char[] folded = new char[raw.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = CharFolding.fold(raw.charAt(i));
        }
        return folded;
    }

    private static boolean isInvisible(char c) {
        return (c >= '\uFE00' && c <= '\uFE0F') || c == '\u200B' || c == '\u200C' || c == '\u200D'
                || c == '\uFEFF' || Character.isISOControl(c)
                // private-use chars are reserved for SignalTokens; ones arriving in raw text mean nothing
                || (c >= '\uE000' && c <= '\uF8FF');
    }

    private static int runEnd(char[] s, int from, String members) {
        int i = from;
        while (i < s.length && members.indexOf(s[i]) >= 0) {
            i++;
        }
        return i;
    }

    private static int runEnd(char[] s, int from, char member) {
        int i = from;
        while (i < s.length && s[i] == member) {
            i++;
        }
        return i;
    }

    private static boolean contains(char[] s, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            if (s[i] == c) {
                return true;
            }
        }
        return false;
    }
}
