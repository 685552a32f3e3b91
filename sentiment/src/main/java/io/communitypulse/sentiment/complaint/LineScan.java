package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.match.LongestMatchTrie;
import io.communitypulse.sentiment.text.SignalTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a line's normalised text, clause by clause, for {@link MessageAnalyser}: longest-match lookups
 * in the {@link ComplaintLexicon}, the patterns ({@link Durations}, {@link Shortfalls}, A-not-A questions,
 * 我家这罐也…), negation, lead-only words, and at each clause's end whether it states or asks.
 *
 * <p>Clauses end at punctuation, spaces and line breaks, because chat separates them with spaces. A
 * clause asks when it ends in ？ or 吗/呢/么/嘛, ends in 不 (好用不), holds a question word, or is
 * hypothetical (如果…, 这还能吃吗, 是A还是B). A word counts as negated when a negator ends right before it,
 * or one degree word before it (不太满意).
 */
final class LineScan {
    private static final Signal[] SIGNALS = Signal.values();
    private static final String CLAUSE_ENDS = " ,.;:!?~、。;：\n";
    private static final String QUESTION_PARTICLES = "吗嘛么呢";
    /** Particles that soften a question's end without ending it themselves (有货吗呀). */
    private static final String SOFTENERS = "呀啊哈啦";
    /** Degree words a negator may reach across (不太满意, 没那么好), unlike other words (没给说法). */
    private static final String DEGREE_GAP = "太很也都还那是够";
    /** How far after "mine" a 也 still says "mine too" (我家这罐也潮了). */
    private static final int SELF_TO_ALSO = 3;
    /** 么 ends these words, which ask nothing on their own (那么, 这么, 什么 do not end a question). */
    private static final String NOT_BEFORE_ME = "那这什怎多要";

    private final ComplaintLexicon lexicon = ComplaintLexicon.instance();
    private final SignalTokens tokens = SignalTokens.instance();
    private final String text;
    int stated;
    int asked;
    int negated;
    int emoticons;
    boolean anyQuestion;
    final List<Cue> cues = new ArrayList<>(4);
    final List<Aspect> aspects = new ArrayList<>(2);

    /** Signals and first hit of the clause being read, kept until its end says whether it asks. */
    private int clauseSignals;
    private int clauseStart;
    private boolean clauseHasAskWord;
    /** A symptom word used as a name (化了的...): a report only if the clause does not ask. */
    private String clauseReferenceSymptom;
    private boolean previousClauseAsked;
    /** Complaint words after 不是 in this clause: a rhetorical 这不是坑人吗 asserts them. */
    private int clauseRhetorical;
    private String clauseRhetoricalCue;
    private int negatorStart;
    /** Where the latest "mine" (我家, 我这箱) was, for a 也 right after it. */
    private int selfStart;
    private int selfEnd = -10;
    private int negatorEnd = -2;

    LineScan(String text) {
        this.text = text;
    }

    void run() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (CLAUSE_ENDS.indexOf(c) >= 0) {
                endClause(i, c == '?');
                i++;
                continue;
            }
            if (SignalTokens.isToken(c)) {
                emoticon(c);
                i++;
                continue;
            }
            int duration = Durations.lengthAt(text, i);
            if (duration > 0) {
                pattern(Signal.DURATION, i, i + duration);
                i += duration;
                continue;
            }
            int shortfall = Shortfalls.lengthAt(text, i);
            if (shortfall > 0) {
                pattern(Signal.SYMPTOM, i, i + shortfall);
                i += shortfall;
                continue;
            }
            long match = lexicon.match(text, i);
            int matched = match == LongestMatchTrie.NO_MATCH ? 0 : LongestMatchTrie.matchLength(match);
            if (matched < 3 && aNotA(i)) {
                clauseHasAskWord = true; // 甜不甜, 含不含, 食唔食 (longer listed ones, 是不是, are words of their own)
                i += 3;
                continue;
            }
            if (matched == 0 || !wholeWord(LongestMatchTrie.matchValue(match), i, i + matched)) {
                if (c == '也' && selfEnd >= clauseStart && i - selfEnd <= SELF_TO_ALSO) {
                    pattern(Signal.AGREE, selfStart, i + 1); // 我家这罐也…, 我那箱也…
                }
                i++;
                continue;
            }
            int length = LongestMatchTrie.matchLength(match);
            hit(LongestMatchTrie.matchValue(match), i, i + length);
            i += length;
        }
        endClause(n, false);
    }

    private void pattern(Signal signal, int start, int end) {
        clauseSignals |= signal.bit();
        cues.add(new Cue(signal, text.substring(start, end)));
    }

    private boolean aNotA(int i) {
        char c = text.charAt(i);
        return i + 2 < text.length() && "不唔没".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == c
                && c != '不' && Character.isLetter(c);
    }

    /** A Latin-letter entry must not start or end inside a word (late in chocolate). */
    private boolean wholeWord(int entry, int start, int end) {
        boolean letterBefore = start > 0 && isLatinLetter(text.charAt(start - 1));
        boolean letterAfter = end < text.length() && isLatinLetter(text.charAt(end));
        return !(letterBefore && lexicon.latinAt(entry, true)) && !(letterAfter && lexicon.latinAt(entry, false));
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private void hit(int entry, int start, int end) {
        int signals = lexicon.signals(entry);
        if (Signal.NEGATOR.in(signals)) {
            negatorStart = start;
            negatorEnd = end;
            return;
        }
        if (!opensMessage(start)) {
            signals &= ~lexicon.leadSignals(entry);
        }
        signals &= ~Signal.NONE.bit();
        if (signals == 0) {
            return;
        }
        if (start == negatorEnd || start == negatorEnd + 1 && DEGREE_GAP.indexOf(text.charAt(start - 1)) >= 0) {
            negated |= signals;
            if (text.startsWith("不是", negatorStart)) {
                clauseRhetorical |= signals & (Signal.OPINION.bit() | Signal.SYMPTOM.bit());
                clauseRhetoricalCue = text.substring(start, end);
            }
            // a praise word or a virtue negated is a complaint (不太满意, 一点都不甜), a complaint word negated is not one
            if (Signal.PRAISE.in(signals) || Signal.VIRTUE.in(signals)) {
                clauseSignals |= Signal.OPINION.bit();
                cues.add(new Cue(Signal.OPINION, text.substring(negatorStart, end)));
            }
            return;
        }
        signals &= ~Signal.VIRTUE.bit();
        if (signals == 0) {
            return;
        }
        if (Signal.ASK.in(signals)) {
            clauseHasAskWord = true;
        }
        if (Signal.SYMPTOM.in(signals) && !symptomAsReported(entry, start, end)) {
            signals &= ~Signal.SYMPTOM.bit();
            if (signals == 0) {
                return;
            }
        }
        clauseSignals |= signals;
        if (Signal.SELF.in(signals)) {
            selfStart = start;
            selfEnd = end;
        }
        String phrase = lexicon.phrase(entry);
        for (Signal signal : SIGNALS) {
            if (signal.in(signals) && signal != Signal.NONE) {
                cues.add(new Cue(signal, phrase));
            }
        }
        Aspect aspect = lexicon.aspect(entry);
        if (aspect != null && Signal.SYMPTOM.in(signals) && !aspects.contains(aspect)) {
            aspects.add(aspect);
        }
    }

    /**
     * Whether a symptom word reports a symptom: not an allergy someone has to something (对花生过敏), and
     * not a thing named by its state in a question (化了的还能冻回去吗), which only the clause's end can tell.
     */
    private boolean symptomAsReported(int entry, int start, int end) {
        if (lexicon.phrase(entry).contains("过敏") && text.lastIndexOf('对', start) >= clauseStart) {
            return false;
        }
        if (start > 0 && text.charAt(start - 1) == '会') {
            return false; // 会过敏吗, 会坏: what might happen, not what did
        }
        if (end < text.length() && text.charAt(end) == '的') {
            clauseReferenceSymptom = lexicon.phrase(entry);
            return false;
        }
        return true;
    }

    private boolean opensMessage(int start) {
        for (int k = 0; k < start; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != ',' && !SignalTokens.isToken(c)) {
                return false;
            }
        }
        return true;
    }

    private void emoticon(char token) {
        switch (tokens.kind(token)) {
            case POSITIVE -> {
                emoticons |= MessageAnalysis.POSITIVE_EMOTICON;
                cues.add(new Cue(Signal.SARCASM, tokens.display(token)));
            }
            case SARCASM -> {
                emoticons |= MessageAnalysis.SARCASM_EMOTICON;
                cues.add(new Cue(Signal.SARCASM, tokens.display(token)));
            }
            case NEGATIVE -> emoticons |= MessageAnalysis.NEGATIVE_EMOTICON;
            default -> { }
        }
    }

    private void endClause(int end, boolean questionMark) {
        if (eitherOr(end)) {
            clauseSignals |= Signal.HYPO.bit(); // 坏了是修还是换: a choice about what if, not a report
        }
        // a hypothetical clause (如果收到坏果, 这还能吃吗) states nothing, whatever its punctuation
        boolean asks = questionMark || clauseHasAskWord || endsAsking(end) || Signal.HYPO.in(clauseSignals);
        if (clauseRhetorical != 0 && (questionMark || endsIn('吗', end))) {
            clauseSignals |= clauseRhetorical; // 这不是抢钱吗, 这不是坑人吗: asked, and meant
            cues.add(new Cue(Signal.OPINION, clauseRhetoricalCue));
        }
        if (clauseReferenceSymptom != null && !asks) {
            clauseSignals |= Signal.SYMPTOM.bit(); // 袋子是漏的 stated is still a report
            cues.add(new Cue(Signal.SYMPTOM, clauseReferenceSymptom));
        }
        if (asks && clauseSignals != 0) {
            asked |= clauseSignals;
        } else {
            stated |= clauseSignals;
        }
        anyQuestion |= asks && end > clauseStart;
        clauseSignals = 0;
        clauseHasAskWord = false;
        clauseReferenceSymptom = null;
        clauseRhetorical = 0;
        clauseStart = end + 1;
        negatorEnd = -2;
        previousClauseAsked = asks;
    }

    /** 是A还是B, or 还是 right after a question (可以嚼吗 还是必须吞): a choice asked, not "still". */
    private boolean eitherOr(int end) {
        int or = text.indexOf("还是", clauseStart);
        if (or < 0 || or >= end) {
            return false;
        }
        return previousClauseAsked || text.lastIndexOf('是', or - 1) >= clauseStart;
    }

    private boolean endsIn(char particle, int end) {
        int last = lastWordChar(end);
        return last >= clauseStart && text.charAt(last) == particle;
    }

    /** Where the clause ending at {@code end} has its last character that is not an emoticon. */
    private int lastWordChar(int end) {
        int last = end - 1;
        while (last >= clauseStart && SignalTokens.isToken(text.charAt(last))) {
            last--;
        }
        return last;
    }

    /**
     * A clause that ends in a question particle, or in 不 after a verb (好用不, 还敢吃不); a softening particle
     * after it (有货吗呀, 是不是啊) does not hide it.
     */
    private boolean endsAsking(int end) {
        int last = lastWordChar(end);
        while (last > clauseStart + 1 && SOFTENERS.indexOf(text.charAt(last)) >= 0
                && (QUESTION_PARTICLES.indexOf(text.charAt(last - 1)) >= 0 || text.charAt(last - 1) == '不')) {
            last--;
        }
        if (last <= clauseStart) {
            return false;
        }
        char c = text.charAt(last);
        char before = text.charAt(last - 1);
        if (c == '么') {
            return NOT_BEFORE_ME.indexOf(before) < 0;
        }
        if (c == '不') {
            return before != '不' && before != '要';
        }
        return QUESTION_PARTICLES.indexOf(c) >= 0;
    }
}
