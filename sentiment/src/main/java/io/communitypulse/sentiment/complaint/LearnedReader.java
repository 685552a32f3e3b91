package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.text.SignalTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The second reading of a member's line, after the rules: a {@link LineClassifier} trained on the labelled chat
 * reads what the judge hands it ({@link JudgedLine}: the line's characters, the sentiment model's score, what the
 * line answers, the kind the rules gave, flags of its thread), and says whether the line is complaint evidence.
 * Where it disagrees with the rules it decides: a line the rules counted becomes a question or chatter (below
 * {@value #THRESHOLD}); a member's line the rules did not count becomes an opinion, a symptom or a follow-up of the
 * open complaint (at {@value #THRESHOLD} or above), unless it answers spam or is emoticons alone. Evidence that
 * states words of complaint, agreement or irony, or that the model reads as negative inside a complaint's thread,
 * is lowered only when the reader is sure (below {@value #SURE}), and never when it replies to the complaint, states
 * a symptom while one is open, or says nothing but "me too": the rules read those with the thread, its replies and
 * quotes, which the classifier sees only as the latest stance. Staff and spam stay as the rules read them.
 *
 * <p>Why: written by authors who never saw the rules, chat carries to the rules at about 0.62–0.80 F1, and
 * each author's misses are their own phrasing; a reader of characters trained on many voices corrects part of
 * that, 0.06 to 0.09 F1 on authors nobody read (docs/complaints.md, steps 11 to 13), and about 0.05 more once it
 * also learnt without the rules' kind, raised after the brand and overruled complaint words when sure (step 15).
 * The shipped weights are {@value #RESOURCE}, retrained by {@code ./pulse complaints train} whenever the rules or
 * the labelled dev lines change.
 */
public final class LearnedReader implements SecondReading {
    @Serial
    private static final long serialVersionUID = 1L;
    /** At or above this probability the line is evidence. */
    public static final double THRESHOLD = 0.5;
    /** Below this probability the reader lowers evidence even where it carries words of complaint. */
    public static final double SURE = 0.2;
    /** At or above this probability on its words alone, the reader vouches for a join (see {@link #vouches}). */
    public static final double VOUCH = 0.6;
    private static final List<Signal> COMPLAINT_WORDS = List.of(Signal.SYMPTOM, Signal.OPINION, Signal.ESCALATE,
            Signal.DEMAND, Signal.AGREE, Signal.FOLLOWUP, Signal.CONSEQUENCE, Signal.SARCASM, Signal.IRONY,
            Signal.DURATION, Signal.QUOTED_PRAISE);
    private static final List<Signal> ECHOES = List.of(Signal.AGREE, Signal.ASK);
    /** Letters a "me too" may carry beyond its words of agreement (是 of 我家也是, 这样 of 我也是这样). */
    private static final int ECHO_REST = 3;
    /** The shipped weights, beside this class. */
    public static final String RESOURCE = "learned-reader.bin.gz";

    private final transient LineClassifier classifier;
    private final boolean shipped;

    private LearnedReader(LineClassifier classifier, boolean shipped) {
        this.classifier = classifier;
        this.shipped = shipped;
    }

    /** A reader of these weights (an evaluation's, trained in memory); it cannot be serialized. */
    public static LearnedReader of(LineClassifier classifier) {
        return new LearnedReader(classifier, false);
    }

    /** The reader of the shipped weights, loaded once per class loader. */
    public static LearnedReader shipped() {
        return Shipped.READER;
    }

    private static final class Shipped {
        static final LearnedReader READER = new LearnedReader(load(), true);

        private static LineClassifier load() {
            try (InputStream in = LearnedReader.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: run ./pulse complaints train");
                }
                return LineClassifier.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** Probability that a member's line, as the judge read it with the rules, is complaint evidence. */
    public double probability(JudgedLine line) {
        return classifier.probability(LineFeatures.normalise(line.text()), line.analysis().modelScore(), line.tags(),
                line.context());
    }

    /**
     * The kind of a member's line once this reader has read it too: the rules' kind where both agree. Evidence
     * that rests on words ({@link #restsOnWords}) is lowered only when the reader is sure it is none, and never
     * where it rests on what training shows too little of ({@link #beyondTraining}). Nothing is raised straight
     * after spam, nor emoticons alone: the rules read those with the thread (a 👍 straight after a complaint mocks
     * it, once staff fixed it, it thanks).
     */
    @Override
    public ComplaintKind reread(JudgedLine line) {
        ComplaintKind rules = line.rules();
        MessageAnalysis analysis = line.analysis();
        if (rules == ComplaintKind.STAFF || rules == ComplaintKind.SPAM
                || !rules.isEvidence() && (line.afterSpam() || analysis.wordless())) {
            return rules;
        }
        double probability = probability(line);
        boolean evidence = probability >= THRESHOLD;
        if (evidence == rules.isEvidence()) {
            return rules;
        }
        if (!evidence && restsOnWords(line) && (probability >= SURE || beyondTraining(line))) {
            return rules;
        }
        if (!evidence) {
            return analysis.asks() ? ComplaintKind.QUESTION : ComplaintKind.CHATTER;
        }
        if (line.complaintOpen()) {
            return ComplaintKind.NEGATIVE_FOLLOWUP;
        }
        return analysis.has(Signal.SYMPTOM) ? ComplaintKind.COMPLAINT_SYMPTOM : ComplaintKind.COMPLAINT_OPINION;
    }

    /**
     * A join the reader reads as complaint evidence on its words alone (at or above {@value #VOUCH} with its emoticons
     * taken out) needs no listed word to count in a cascade. Why its words: the authors it learnt from use [微笑] and
     * 😭 after a complaint as mockery, and so a 收到[微笑] or 😭😭😭 would be vouched for; in busy groups they are
     * often sincere. Why {@value #VOUCH}: chosen with the pipeline's own rule on every author left out in turn
     * (docs/complaints.md, step 18): below it, false alarms rise again.
     */
    @Override
    public boolean vouches(JudgedLine line) {
        if (line.analysis().wordless()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (char c : LineFeatures.normalise(line.text()).toCharArray()) {
            if (!SignalTokens.isToken(c)) {
                words.append(c);
            }
        }
        return classifier.probability(words.toString(), line.analysis().modelScore(), line.tags(), line.context())
                >= VOUCH;
    }

    /**
     * Whether the rules' evidence rests on more than the conversation around it: it states words of complaint,
     * agreement or irony, or, inside a complaint's thread (one is open, or the line joins one), the model reads it
     * as negative as a follow-up must be.
     */
    private static boolean restsOnWords(JudgedLine line) {
        MessageAnalysis analysis = line.analysis();
        return COMPLAINT_WORDS.stream().anyMatch(analysis::states)
                || (line.complaintOpen() || line.rules().joins()) && carriesComplaint(analysis);
    }

    /**
     * Whether the rules' evidence rests on what training shows the classifier too little of to be sure against: a
     * reply to or quote of a complaint (the labelled chat has no reply ids), a symptom stated while one is open
     * (我家宝宝也拉了两天: each member names it in their own words), a bare "me too", or a "me too" that copies the
     * complaint (+1，芒果活动价还没有直播间便宜: every "+1 …" line of the labelled dev splits is a +1 to praise).
     */
    private static boolean beyondTraining(JudgedLine line) {
        return line.answersComplaint() || line.complaintOpen() && line.analysis().states(Signal.SYMPTOM)
                || echoesOnly(line) || line.echoesComplaint();
    }

    /**
     * Whether the line says nothing but "me too" (+1 同样的问题, 同问 我也是这样, 俺家的也是): what it means is the thread
     * it answers, which the rules read; its characters alone are also what +1 to praise is made of.
     */
    private static boolean echoesOnly(JudgedLine line) {
        MessageAnalysis analysis = line.analysis();
        String rest = LineFeatures.normalise(line.text());
        for (Signal echo : ECHOES) {
            for (String cue : analysis.cuesOf(echo)) {
                rest = rest.replace(cue, "");
            }
        }
        return !analysis.cuesOf(Signal.AGREE).isEmpty()
                && rest.codePoints().filter(Character::isLetter).count() <= ECHO_REST;
    }

    /**
     * Whether the line holds a word of complaint, agreement or irony (stated or asked), or the model reads
     * it as negative as a follow-up must be.
     */
    private static boolean carriesComplaint(MessageAnalysis analysis) {
        return COMPLAINT_WORDS.stream().anyMatch(analysis::has) || analysis.modelScore() <= KindRules.MODEL_FOLLOWUP;
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        if (!shipped) {
            throw new InvalidObjectException("only the shipped reader is serializable");
        }
        return shipped();
    }
}
