package io.communitypulse.sentiment.model;

import java.util.Arrays;

/**
 * What the rules found in one message: sentiment words after negation, degree and contrast, emoticon
 * priors, punctuation signals, and where each hit is (for cues). Mutable scratch, reused per thread.
 */
final class RuleEvidence {
    /** Weight of the clause before a contrast word (虽然 A，但是 B: B decides). */
    static final float BEFORE_CONTRAST = 0.5f;
    /** Opinion mass below which a message counts as having no opinion words (可以, 小 alone do not). */
    static final float OPINION_WORDS = 0.5f;

    float positive;
    float negative;
    int negatedPositive;
    int negatedNegative;
    /** Complaint words negated by an emphatic negator: 一点都不差, 一点也不贵, 毫不逊色. */
    int litotes;
    /** Index where the clause after the last contrast word starts, or -1. */
    int contrastStart = -1;
    boolean sarcasmToken;
    char sarcasmChar;
    boolean repeatedQuestion;
    boolean question;
    boolean exclamation;
    /** Mass of lexicon opinion words (emoticons excluded) after negation, degree and contrast. */
    float opinionPositive;
    float opinionNegative;
    /** Opinion mass of words that are not mere politeness (谢谢): what a sarcasm emoticon can turn sour. */
    float sarcasmTarget;
    /** Strongest single emoticon or emoji prior of each sign (repeats do not add up). */
    float emoticonPositive;
    float emoticonNegative;
    /** Problem words (过敏, 发霉, 没收到...) stated, not negated, not asked about, in the deciding clause. */
    int problems;
    /** Problem words of the current clause, not yet known to be a statement rather than a question. */
    int pendingProblems;
    /** Where the first confirmed problem word starts, for its cue. */
    int problemAt = -1;
    int pendingProblemAt = -1;
    float pendingProblemMass;
    /** Negative mass of problem words that were asked about ("用了会过敏吗"): not a complaint. */
    float askedMass;

    /**
     * Hit flag besides the lexicon's: negated across other words ("未送到饿坏了", "不解决问题"), where the negator
     * often belongs to the verb between, so the flip is a guess.
     */
    static final byte LOOSELY_NEGATED = 4;

    /** Per hit: a lexicon word (not an emoticon), and its flags. */
    boolean[] hitWord = new boolean[16];
    byte[] hitFlags = new byte[16];

    /** Per position of the text: inside the scope of a negator (n-grams there get their own features). */
    boolean[] negated = new boolean[256];

    int hits;
    int[] hitStart = new int[16];
    int[] hitEnd = new int[16];
    /** Where the word itself starts (a negated hit starts at its negator); decides its clause weight. */
    int[] hitAt = new int[16];
    float[] hitValue = new float[16];

    void reset(int textLength) {
        if (negated.length < textLength) {
            negated = new boolean[Math.max(textLength, negated.length * 2)];
        } else {
            Arrays.fill(negated, 0, textLength, false);
        }
        positive = 0;
        negative = 0;
        negatedPositive = 0;
        negatedNegative = 0;
        litotes = 0;
        contrastStart = -1;
        sarcasmToken = false;
        sarcasmChar = 0;
        repeatedQuestion = false;
        question = false;
        exclamation = false;
        opinionPositive = 0;
        opinionNegative = 0;
        sarcasmTarget = 0;
        emoticonPositive = 0;
        emoticonNegative = 0;
        problems = 0;
        pendingProblems = 0;
        problemAt = -1;
        pendingProblemAt = -1;
        pendingProblemMass = 0;
        askedMass = 0;
        hits = 0;
    }

    float clauseWeight(int position) {
        return contrastStart >= 0 && position < contrastStart ? BEFORE_CONTRAST : 1f;
    }

    boolean hasSentiment() {
        return positive > 0 || negative > 0;
    }

    /** Lexicon opinion words present (emoticons alone are mood, not an opinion about anything). */
    boolean hasOpinionWords() {
        return opinionPositive + opinionNegative >= OPINION_WORDS;
    }

    /** The pending problem words of the clause just closed are a statement: keep them. */
    void commitProblems() {
        if (pendingProblems > 0) {
            if (problems == 0) {
                problemAt = pendingProblemAt;
            }
            problems += pendingProblems;
        }
        pendingProblems = 0;
        pendingProblemAt = -1;
        pendingProblemMass = 0;
    }

    /** The clause just closed asks about its problem words ("用了会过敏吗"): drop them. */
    void dropProblems() {
        askedMass += pendingProblemMass;
        pendingProblems = 0;
        pendingProblemAt = -1;
        pendingProblemMass = 0;
    }

    /** Negative opinion mass that is not a problem word merely asked about. */
    float statedNegative() {
        return opinionNegative - askedMass;
    }

    /** Records a hit before clause weighting; {@link #weighHits} applies it once the contrast is known. */
    void addHit(int start, int end, int at, float value) {
        addHit(start, end, at, value, false, (byte) 0);
    }

    void addHit(int start, int end, int at, float value, boolean word, byte flags) {
        if (hits == hitStart.length) {
            hitWord = Arrays.copyOf(hitWord, hits * 2);
            hitFlags = Arrays.copyOf(hitFlags, hits * 2);
            hitStart = Arrays.copyOf(hitStart, hits * 2);
            hitEnd = Arrays.copyOf(hitEnd, hits * 2);
            hitAt = Arrays.copyOf(hitAt, hits * 2);
            hitValue = Arrays.copyOf(hitValue, hits * 2);
        }
        hitStart[hits] = start;
        hitEnd[hits] = end;
        hitAt[hits] = at;
        hitValue[hits] = value;
        hitWord[hits] = word;
        hitFlags[hits] = flags;
        hits++;
    }

    /** Scales the hits by their clause weight ({@link #contrastStart} must be set) and sums them. */
    void weighHits() {
        for (int h = 0; h < hits; h++) {
            float value = hitValue[h] * clauseWeight(hitAt[h]);
            hitValue[h] = value;
            if (value > 0) {
                positive += value;
            } else {
                negative -= value;
            }
            if (hitWord[h] && (hitFlags[h] & Lexicon.POLITE) != 0) {
                // thanks are manners, not an opinion: "谢谢老板" is small talk
            } else if (hitWord[h]) {
                if (value > 0) {
                    opinionPositive += value;
                } else {
                    opinionNegative -= value;
                }
                sarcasmTarget += Math.abs(value);
            } else if (value > 0) {
                emoticonPositive = Math.max(emoticonPositive, value);
            } else {
                emoticonNegative = Math.max(emoticonNegative, -value);
            }
        }
        // a problem word in the clause before a contrast does not decide ("虽然有点过敏，但是效果很好")
        if (problems > 0 && contrastStart >= 0 && problemAt < contrastStart) {
            problems = 0;
            problemAt = -1;
        }
    }
}
