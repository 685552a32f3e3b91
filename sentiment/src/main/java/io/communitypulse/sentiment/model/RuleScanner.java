package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.SignalTokens;

/**
 * Finds the rule evidence in normalised text in one left-to-right pass (the clause weights of contrast
 * are applied to the hits once the pass has found the last contrast word): a negator (不, 没, 一点都不...)
 * flips sentiment words that start within {@link #NEGATION_SCOPE} chars after it, a degree word
 * (太, 有点...) scales the next one, a scope end (就) stops the negation early, and the clause after the
 * last contrast word (但是, 不过...) outweighs the clause before it.
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
        int negatorEnd = -1;
        int negationUntil = -1;
        boolean emphatic = false;
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
                closeClause(text, i, out);
                i++;
                continue;
            }
            if (isAnotA(text, i)) {
                // A-not-A asks (甜不甜, 是不是, 有没有); its 不甜 is part of the question, not an opinion
                out.question = true;
                i += 2;
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
                    negatorEnd = end;
                    negationUntil = end + NEGATION_SCOPE;
                    emphatic = lexicon.weight(entry) > 0;
                    markNegated(text, end, negationUntil, out);
                }
                case DEGREE -> {
                    degree = lexicon.weight(entry);
                    degreeUntil = end + DEGREE_SCOPE;
                    if (i == negatorEnd) {
                        // 不是很好: the negator still stands right before the word it negates
                        negatorEnd = end;
                    }
                }
                case CONTRAST -> {
                    lastContrastEnd = end;
                    negationUntil = -1;
                    degreeUntil = -1;
                }
                case SCOPE_END -> {
                    // 没用几天就坏了: what follows 就 is a new statement, not what 没 negates
                    unmarkNegated(i, negationUntil, out);
                    negationUntil = -1;
                }
                case SENTIMENT -> {
                    float value = lexicon.weight(entry);
                    if (i < degreeUntil) {
                        value *= degree;
                        degreeUntil = -1;
                    }
                    int start = i;
                    byte flags = lexicon.flags(entry);
                    if (i < negationUntil) {
                        boolean rightAfterNegator = negatorEnd == i;
                        if (value > 0) {
                            out.negatedPositive++;
                        } else {
                            out.negatedNegative++;
                            if (emphatic && rightAfterNegator) {
                                out.litotes++;
                            }
                        }
                        if (!rightAfterNegator) {
                            flags |= RuleEvidence.LOOSELY_NEGATED;
                        }
                        value *= NEGATION_FLIP;
                        start = negatorStart;
                        negationUntil = -1;
                    }
                    if ((flags & Lexicon.PROBLEM) != 0 && start == i && value < 0) {
                        if (out.pendingProblems == 0) {
                            out.pendingProblemAt = i;
                        }
                        out.pendingProblems++;
                        out.pendingProblemMass -= value;
                    }
                    out.addHit(start, end, i, value, true, flags);
                }
            }
            i = end;
        }
        boolean endsAsQuestion = endsAsQuestion(text);
        if (endsAsQuestion && !out.repeatedQuestion) {
            out.dropProblems();
        } else {
            out.commitProblems();
        }
        out.contrastStart = lastContrastEnd;
        out.weighHits();
        out.question |= endsAsQuestion;
    }

    /**
     * At a clause break: problem words of a clause that asks ("吃了会过敏吗？", "有异物吗") are not a
     * complaint; of a clause that states ("吃完过敏了，怎么办？"), or asks impatiently ("？？？"), they are.
     */
    private void closeClause(String text, int at, RuleEvidence out) {
        if (out.pendingProblems == 0) {
            return;
        }
        char c = text.charAt(at);
        boolean impatient = at + 1 < text.length() && text.charAt(at + 1) == tokens.repeatedQuestion;
        boolean asks = c == '?' || (at > 0 && isQuestionParticle(text.charAt(at - 1)));
        if (asks && !impatient) {
            out.dropProblems();
        } else {
            out.commitProblems();
        }
    }

    /** 甜不甜, 有没有 at {@code i} (the 不/没); not 不错不错, where the pair repeats a word. */
    private static boolean isAnotA(String text, int i) {
        char c = text.charAt(i);
        if ((c != '不' && c != '没') || i == 0 || i + 1 >= text.length()) {
            return false;
        }
        char a = text.charAt(i - 1);
        if (a != text.charAt(i + 1) || SignalTokens.isToken(a) || isClauseBreak(a)) {
            return false;
        }
        return i < 2 || (text.charAt(i - 2) != '不' && text.charAt(i - 2) != '没');
    }

    /** 吗, 呢, 么, and a closing 不 ("好用不", "能退不"), the A-not-A question with its second A dropped. */
    private static boolean isQuestionParticle(char c) {
        return c == '吗' || c == '呢' || c == '么' || c == '不';
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

    private static void unmarkNegated(int from, int until, RuleEvidence out) {
        for (int k = from; k < Math.min(until, out.negated.length); k++) {
            out.negated[k] = false;
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
            return c == '?' || isQuestionParticle(c);
        }
        return false;
    }
}
