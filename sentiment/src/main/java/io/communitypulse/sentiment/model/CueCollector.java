package io.communitypulse.sentiment.model;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.text.SignalTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the spans of text that pushed the score toward its sign and renders them for people as whole
 * words and phrases: emoticon tokens back to {@code [微笑]}.
 *
 * <p>Rule hits (lexicon words, negated phrases, emoticons) are whole words already. A character n-gram
 * is only evidence that some word near it matters, so before it may become a cue it is cleaned: an
 * n-gram with punctuation or an emoticon among other characters is dropped (a lone signal token such as
 * {@code ！！！} is kept); the part that lies in a <em>barrier</em> (a catalogue product name such as
 * 蛋白棒, a zero-weight lexicon entry, a "none" aspect phrase) is cut off; the rest grows to cover every
 * <em>word</em> it overlaps (lexicon hits, aspect keywords, {@link NumberPhrases}), so 肚子 becomes 拉肚子 and
 * 等了两 becomes 等了两个多小时, except that one stray character before the word is dropped (个说 becomes 说法, 然便
 * 便宜) unless it is a negator or adverb (没送到, 太咸了); what is left as a lone character that is no word is
 * dropped. Overlapping spans are then merged (等个说 +
 * 说法 = 等个说法), leading particles (了, 的...) and punctuation trimmed, repeats and cues contained in
 * a stronger one dropped, and so is a cue that holds a rule hit against the label and none for it (不错 in a
 * complaint). All state is per-thread scratch: nothing is allocated until rendering.
 */
final class CueCollector implements ProductCatalogue.MentionSink {
    static final int MAX_CUES = 4;
    private static final int CANDIDATES = 8;
    /**
     * Most n-grams {@link #offerNgrams} looks at in one text: it needs {@value #CANDIDATES} plus the ones
     * cleaning drops, and each look is a pass over the text's n-grams, so a long text full of n-grams that
     * cannot be cues stops here rather than costing the square of its length.
     */
    private static final int MAX_PASSES = 64;

    private final int[] start = new int[CANDIDATES];
    private final int[] end = new int[CANDIDATES];
    private final float[] strength = new float[CANDIDATES];
    private final boolean[] used = new boolean[CANDIDATES];
    /** Per n-gram of the current text, its support for the label; 0 once offered. */
    private float[] support = new float[256];
    private int size;
    /** Once full: the slot of the weakest candidate, so most offers are rejected with one compare. */
    private int weakestSlot;

    /** Known words and barriers of the current text, in the order they were found. */
    private int[] wordStart = new int[32];
    private int[] wordEnd = new int[32];
    private boolean[] barrier = new boolean[32];
    /** Per word: a rule hit for the label (1), against it (-1), or no hit or no clear side (0). */
    private int[] stance = new int[32];
    private int words;
    private String text;

    /**
     * Per text position, built once all words are known (before the first n-gram is offered): the
     * barrier covering it, and the widest known word covering it. Makes an n-gram offer cost its own
     * length instead of a pass over every word, on the scorer's hot path.
     */
    private int[] barrierStartAt = new int[64];
    private int[] barrierEndAt = new int[64];
    private int[] wordStartAt = new int[64];
    private int[] wordEndAt = new int[64];
    private boolean indexed;

    void reset(String normalisedText) {
        size = 0;
        words = 0;
        text = normalisedText;
        indexed = false;
    }

    private void index() {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int phraseEnd = NumberPhrases.endAt(text, i);
            if (phraseEnd > 0) {
                word(i, phraseEnd, false);
                i = phraseEnd - 1;
            }
        }
        if (barrierStartAt.length < n) {
            int capacity = Math.max(n, barrierStartAt.length * 2);
            barrierStartAt = new int[capacity];
            barrierEndAt = new int[capacity];
            wordStartAt = new int[capacity];
            wordEndAt = new int[capacity];
        }
        Arrays.fill(barrierStartAt, 0, n, -1);
        Arrays.fill(wordStartAt, 0, n, -1);
        for (int w = 0; w < words; w++) {
            for (int p = Math.max(0, wordStart[w]), to = Math.min(n, wordEnd[w]); p < to; p++) {
                if (barrier[w]) {
                    barrierStartAt[p] = wordStart[w];
                    barrierEndAt[p] = wordEnd[w];
                } else if (wordStartAt[p] < 0) {
                    wordStartAt[p] = wordStart[w];
                    wordEndAt[p] = wordEnd[w];
                } else {
                    wordStartAt[p] = Math.min(wordStartAt[p], wordStart[w]);
                    wordEndAt[p] = Math.max(wordEndAt[p], wordEnd[w]);
                }
            }
        }
        indexed = true;
    }

    /** A word cues may grow to cover, or (barrier) a span no cue may cut into. */
    void word(int wordFrom, int wordTo, boolean isBarrier) {
        hit(wordFrom, wordTo, isBarrier, 0);
    }

    /**
     * A rule hit: a word, as {@link #word}, that argues for the label ({@code stance} 1) or against it (-1).
     * A cue that holds a word against the label and none for it is no reason for the label (不错 in a
     * complaint, 一点都不差 before 就是太贵了), so it is not shown.
     */
    void hit(int wordFrom, int wordTo, boolean isBarrier, int stance) {
        if (words == wordStart.length) {
            wordStart = Arrays.copyOf(wordStart, words * 2);
            wordEnd = Arrays.copyOf(wordEnd, words * 2);
            barrier = Arrays.copyOf(barrier, words * 2);
            this.stance = Arrays.copyOf(this.stance, words * 2);
        }
        wordStart[words] = wordFrom;
        wordEnd[words] = wordTo;
        barrier[words] = isBarrier;
        this.stance[words] = stance;
        words++;
    }

    /** A product name: a barrier. */
    @Override
    public void mention(int mentionFrom, int mentionTo) {
        word(mentionFrom, mentionTo, true);
    }

    /** Offers a rule hit (a whole word or phrase) with its support for the label (positive = supports it). */
    void offerHit(int spanStart, int spanEnd, float support) {
        if (support <= 0 || rejected(support) || crossesBarrier(spanStart, spanEnd)) {
            return;
        }
        add(spanStart, spanEnd, support);
    }

    /**
     * Offers every n-gram of {@code f} that supports the label ({@code sign}), strongest first, so only
     * those that can still make the cut are cleaned: offered in text order, 2.5 times as many were cleaned
     * on the benchmark mix, most of them to be pushed out by a stronger one later. Ties go to the earlier
     * n-gram.
     */
    void offerNgrams(Features f, float sign) {
        int n = f.count;
        if (support.length < n) {
            support = new float[Math.max(n, support.length * 2)];
        }
        for (int k = 0; k < n; k++) {
            support[k] = sign * f.weight[k] * f.value[k];
        }
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int best = -1;
            float max = 0f;
            for (int k = 0; k < n; k++) {
                if (support[k] > max) {
                    max = support[k];
                    best = k;
                }
            }
            if (best < 0 || rejected(max)) {
                return;
            }
            support[best] = 0f;
            offerNgram(f.start[best], f.start[best] + f.length[best], max);
        }
    }

    /**
     * Offers a character n-gram that supports the label and can make the cut ({@link #offerNgrams} checked
     * both): cleaned, cut and grown to whole words as the class comment says.
     */
    private void offerNgram(int spanStart, int spanEnd, float support) {
        if (spanEnd - spanStart == 1 && SignalTokens.isToken(text.charAt(spanStart))) {
            add(spanStart, spanEnd, support);
            return;
        }
        for (int k = spanStart; k < spanEnd; k++) {
            if (!isWordChar(text.charAt(k))) {
                return;
            }
        }
        if (!indexed) {
            index();
        }
        int s = spanStart;
        int e = spanEnd;
        for (int p = spanStart; p < spanEnd && s < e; p++) {
            if (p >= s && p < e && barrierStartAt[p] >= 0) {
                // keep the longer side of the barrier (an n-gram has at most 3 characters)
                if (barrierStartAt[p] - s >= e - barrierEndAt[p]) {
                    e = barrierStartAt[p];
                } else {
                    s = barrierEndAt[p];
                }
            }
        }
        if (s >= e) {
            return;
        }
        boolean isWord = false;
        int grownStart = s;
        int grownEnd = e;
        for (int p = s; p < e; p++) {
            if (wordStartAt[p] >= 0) {
                grownStart = Math.min(grownStart, wordStartAt[p]);
                grownEnd = Math.max(grownEnd, wordEndAt[p]);
                isWord = true;
            }
        }
        s = grownStart;
        e = grownEnd;
        if (isWord) {
            // one stray character before a word is the n-gram's edge, not the start of a phrase: 然便 is
            // 便宜, 个说 is 说法 (after a word it usually belongs to it: 太坑了, 浪费钱); but not a negator or
            // adverb, which modifies the word (没送到, 才送到), nor before a number, where it is the verb the
            // number counts for (等了两个小时, 用了不到一个月)
            if (s + 1 < e && !covered(s) && covered(s + 1) && !isModifier(text.charAt(s))
                    && NumberPhrases.endAt(text, s + 1) < 0) {
                s++;
            }
        }
        if ((e - s == 1 && !isWord) || (isWord && (crossesBarrier(s, e) || NumberPhrases.isBarePointer(text, s, e)))) {
            return;
        }
        add(s, e, support);
    }

    List<String> render(SignalTokens tokens, String sarcasmCue) {
        sortByStrength();
        List<String> cues = new ArrayList<>(MAX_CUES);
        if (sarcasmCue != null) {
            cues.add(sarcasmCue);
        }
        Arrays.fill(used, 0, size, false);
        for (int i = 0; i < size && cues.size() < MAX_CUES; i++) {
            if (used[i]) {
                continue;
            }
            int s = start[i];
            int e = end[i];
            // merge until nothing more overlaps: a later candidate may join two earlier ones
            for (boolean grown = true; grown; ) {
                grown = false;
                for (int j = i + 1; j < size; j++) {
                    if (!used[j] && start[j] < e && end[j] > s) {
                        s = Math.min(s, start[j]);
                        e = Math.max(e, end[j]);
                        used[j] = true;
                        grown = true;
                    }
                }
            }
            while (s < e && (!isWordChar(text.charAt(s)) && !SignalTokens.isToken(text.charAt(s))
                    || isParticle(text.charAt(s)) && !wordStartsAt(s))) {
                s++;
            }
            while (e > s && !isWordChar(text.charAt(e - 1)) && !SignalTokens.isToken(text.charAt(e - 1))) {
                e--;
            }
            // nor a piece of a Latin word or number ("sku发错了" gives "发错了", not "u发错了")
            while (s < e && s > 0 && isAsciiAlnum(text.charAt(s)) && isAsciiAlnum(text.charAt(s - 1))) {
                s++;
            }
            while (e > s && e < text.length() && isAsciiAlnum(text.charAt(e - 1)) && isAsciiAlnum(text.charAt(e))) {
                e--;
            }
            if (e - s == 0 || (e - s == 1 && !SignalTokens.isToken(text.charAt(s)) && !isWord(s, e))
                    || arguesAgainst(s, e)) {
                continue;
            }
            String cue = display(text, s, e, tokens);
            if (!containedIn(cue, cues)) {
                cues.add(cue);
            }
        }
        return cues;
    }

    private boolean rejected(float support) {
        return size == CANDIDATES && strength[weakestSlot] >= support;
    }

    private void add(int spanStart, int spanEnd, float support) {
        int slot = size < CANDIDATES ? size++ : weakestSlot;
        start[slot] = spanStart;
        end[slot] = spanEnd;
        strength[slot] = support;
        if (size == CANDIDATES) {
            weakestSlot = weakest();
        }
    }

    private boolean crossesBarrier(int s, int e) {
        for (int w = 0; w < words; w++) {
            if (barrier[w] && wordStart[w] < e && wordEnd[w] > s) {
                return true;
            }
        }
        return false;
    }

    /** Inside a known word (not a barrier); only after {@link #index()}. */
    private boolean covered(int position) {
        return wordStartAt[position] >= 0;
    }

    private boolean wordStartsAt(int position) {
        for (int w = 0; w < words; w++) {
            if (!barrier[w] && wordStart[w] == position) {
                return true;
            }
        }
        return false;
    }

    /**
     * Holds a hit of two or more characters against the label and none for it. One character is too
     * ambiguous to veto a cue: 好 in 好慢 and 快 in 快两小时 are degree and time, not praise.
     */
    private boolean arguesAgainst(int s, int e) {
        boolean against = false;
        for (int w = 0; w < words; w++) {
            if (wordStart[w] < e && wordEnd[w] > s) {
                if (stance[w] > 0) {
                    return false;
                }
                against |= stance[w] < 0 && wordEnd[w] - wordStart[w] >= 2 && wordStart[w] >= s && wordEnd[w] <= e;
            }
        }
        return against;
    }

    /** A single character that is a word on its own (贵, 坑): a lexicon hit or keyword exactly there. */
    private boolean isWord(int s, int e) {
        for (int w = 0; w < words; w++) {
            if (!barrier[w] && wordStart[w] == s && wordEnd[w] == e) {
                return true;
            }
        }
        return false;
    }

    private static boolean containedIn(String cue, List<String> cues) {
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits of any script; not punctuation, spaces or signal tokens. */
    private static boolean isWordChar(char c) {
        return !SignalTokens.isToken(c) && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** Negators and adverbs that modify the word after them: kept in front of it (没送到, 才到, 很快). */
    private static boolean isModifier(char c) {
        return switch (c) {
            case '不', '没', '未', '无', '才', '就', '还', '都', '也', '很', '太', '更', '最' -> true;
            default -> false;
        };
    }

    /** Particles that end a phrase and never start one (了, 的, 吗...), unless a known word starts there. */
    private static boolean isParticle(char c) {
        return switch (c) {
            case '了', '的', '地', '得', '着', '吧', '呢', '吗', '啊', '呀', '哦', '啦', '嘛', '么', '呗', '哈' -> true;
            default -> false;
        };
    }

    private static String display(String text, int s, int e, SignalTokens tokens) {
        int i = s;
        while (i < e && !SignalTokens.isToken(text.charAt(i))) {
            i++;
        }
        if (i == e) {
            return text.substring(s, e);
        }
        StringBuilder out = new StringBuilder(e - s + 4).append(text, s, i);
        for (; i < e; i++) {
            char c = text.charAt(i);
            if (SignalTokens.isToken(c)) {
                out.append(tokens.display(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private int weakest() {
        int w = 0;
        for (int i = 1; i < size; i++) {
            if (strength[i] < strength[w]) {
                w = i;
            }
        }
        return w;
    }

    private void sortByStrength() {
        for (int i = 1; i < size; i++) {
            for (int j = i; j > 0 && strength[j] > strength[j - 1]; j--) {
                swap(j, j - 1);
            }
        }
    }

    private void swap(int a, int b) {
        int s = start[a];
        start[a] = start[b];
        start[b] = s;
        int e = end[a];
        end[a] = end[b];
        end[b] = e;
        float t = strength[a];
        strength[a] = strength[b];
        strength[b] = t;
    }
}
