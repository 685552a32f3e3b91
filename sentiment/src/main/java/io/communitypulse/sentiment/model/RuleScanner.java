package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.SignalTokens;

/**
 * Finds the rule evidence in normalised text in one left-to-right pass (the clause weights of contrast
 * are applied to the hits once the pass has found the last contrast word): a negator (不, 没, 一点都不...)
 * flips sentiment words that start within {@link #NEGATION_SCOPE} chars after it, a degree word
 * (太, 有点...) scales the next one, and the clause after the last contrast word (但是, 不过...)
 * outweighs the clause before it.
 */
final class RuleScanner {
    static final int NEGATION_SCOPE = 4;
    private static final int DEGREE_SCOPE = 3;
    /** A negated word is weaker than its opposite: 不差 is less than 好. */
    private static final float NEGATION_FLIP = -0.8f;

    private final Lexicon lexicon;
    private final SignalTokens tokens;

    RuleScanner(Lexicon lexicon, SignalTokens tokens) {
        this.lexicon = lexicon;
        this.tokens = tokens;
    }

    void scan(String text, RuleEvidence out) {
        out.reset(text.length());
        int lastContrastEnd = -1;
        int negatorStart = -1;
        int negationUntil = -1;
        float degree = 1f;
        int degreeUntil = -1;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (SignalTokens.isToken(c)) {
                scanToken(c, i, out);
                i++;
                continue;
            }
            if (isClauseBreak(c)) {
                negationUntil = -1;
                degreeUntil = -1;
                if (c == '?') {
                    out.question = true;
                } else if (c == '!') {
                    out.exclamation = true;
                }
                i++;
                continue;
            }
            long match = lexicon.match(text, i);
            if (match == LongestMatchTrie.NO_MATCH) {
                i++;
                continue;
            }
            int entry = LongestMatchTrie.matchValue(match);
            int end = i + LongestMatchTrie.matchLength(match);
            switch (lexicon.kind(entry)) {
                case NEGATOR -> {
                    negatorStart = i;
                    negationUntil = end + NEGATION_SCOPE;
                    markNegated(text, end, negationUntil, out);
                }
                case DEGREE -> {
                    degree = lexicon.weight(entry);
                    degreeUntil = end + DEGREE_SCOPE;
                }
                case CONTRAST -> {
                    lastContrastEnd = end;
                    negationUntil = -1;
                    degreeUntil = -1;
                }
                case SENTIMENT -> {
                    float value = lexicon.weight(entry);
                    if (i < degreeUntil) {
                        value *= degree;
                        degreeUntil = -1;
                    }
                    int start = i;
                    if (i < negationUntil) {
                        if (value > 0) {
                            out.negatedPositive++;
                        } else {
                            out.negatedNegative++;
                        }
                        value *= NEGATION_FLIP;
                        start = negatorStart;
                        negationUntil = -1;
                    }
                    out.addHit(start, end, i, value);
                }
            }
            i = end;
        }
        out.contrastStart = lastContrastEnd;
        out.weighHits();
        out.question |= endsAsQuestion(text);
    }

    private void scanToken(char c, int position, RuleEvidence out) {
        if (c == tokens.repeatedQuestion) {
            out.repeatedQuestion = true;
        }
        if (tokens.kind(c) == SignalTokens.Kind.SARCASM) {
            out.sarcasmToken = true;
            out.sarcasmChar = c;
        }
        float prior = tokens.polarity(c);
        if (prior != 0) {
            out.addHit(position, position + 1, position, prior);
        }
    }

    private static void markNegated(String text, int from, int until, RuleEvidence out) {
        for (int k = from; k < Math.min(until, text.length()) && !isClauseBreak(text.charAt(k)); k++) {
            out.negated[k] = true;
        }
    }

    private static boolean isClauseBreak(char c) {
        return c == ',' || c == '.' || c == '?' || c == '!' || c == ';' || c == ' ' || c == '，'
                || c == '；' || c == '~';
    }

    private static boolean endsAsQuestion(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (SignalTokens.isToken(c) || c == ' ') {
                continue;
            }
            return c == '?' || c == '吗' || c == '呢' || c == '么';
        }
        return false;
    }
}
