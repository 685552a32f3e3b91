package io.communitypulse.sentiment.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The second reading of a member's line, after the rules: a {@link LineClassifier} trained on the labelled chat
 * reads what the judge hands it ({@link JudgedLine}: the line's characters, the sentiment model's score, what the
 * line answers, the kind the rules gave, flags of its thread), and says whether the line is complaint evidence. Where it disagrees with the rules it decides:
 * a line the rules counted becomes a question or chatter (below {@value #THRESHOLD}); a member's line the rules
 * did not count becomes an opinion, a symptom or a follow-up of the open complaint (at {@value #THRESHOLD} or
 * above), unless it answers the brand or spam. It overrules the rules only where they rest on least: evidence
 * with words of complaint, agreement or irony in it, or that the model reads as negative, stays while a complaint
 * is open (the rules read it with the thread, its replies and quotes, which the classifier sees only as the
 * latest stance), so what it lowers is a line alone, or a join that rests on context only (an emoticon, the
 * complainer speaking again). Staff and spam stay as the rules read them.
 *
 * <p>Why: written by authors who never saw the rules, chat carries to the rules at about 0.62–0.80 F1, and
 * each author's misses are their own phrasing; a reader of characters trained on many voices corrects part of
 * that, 0.06 to 0.09 F1 on authors nobody read (docs/complaints.md, steps 11 to 13). The shipped weights are {@value #RESOURCE}, retrained by
 * {@code ./pulse complaints train} whenever the rules or the labelled dev lines change.
 */
public final class LearnedReader implements SecondReading {
    @Serial
    private static final long serialVersionUID = 1L;
    /** At or above this probability the line is evidence. */
    public static final double THRESHOLD = 0.5;
    private static final Set<ComplaintKind> JOINING = EnumSet.of(ComplaintKind.AGREEMENT,
            ComplaintKind.NEGATIVE_FOLLOWUP, ComplaintKind.SARCASM);
    private static final List<Signal> COMPLAINT_WORDS = List.of(Signal.SYMPTOM, Signal.OPINION, Signal.ESCALATE,
            Signal.DEMAND, Signal.AGREE, Signal.FOLLOWUP, Signal.CONSEQUENCE, Signal.SARCASM, Signal.IRONY,
            Signal.DURATION, Signal.QUOTED_PRAISE);
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
     * The kind of a member's line once this reader has read it too: the rules' kind where both agree. A line of
     * evidence with words of complaint in it, or read as negative, stays while a complaint is open: the rules read
     * it with the thread, which the classifier sees only as what the line answers. Nothing is raised straight after
     * the brand or spam: the classifier does not see what the line answers there (a 👍 after staff fixed it is thanks).
     */
    @Override
    public ComplaintKind reread(JudgedLine line) {
        ComplaintKind rules = line.rules();
        MessageAnalysis analysis = line.analysis();
        if (rules == ComplaintKind.STAFF || rules == ComplaintKind.SPAM
                || !rules.isEvidence() && (line.afterBrand() || line.afterSpam())
                || rules.isEvidence() && (line.complaintOpen() || JOINING.contains(rules)) && carriesComplaint(analysis)) {
            return rules;
        }
        boolean evidence = probability(line) >= THRESHOLD;
        if (evidence == rules.isEvidence()) {
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
     * Whether the line holds a word of complaint, agreement or irony, or the model reads it as negative as a
     * follow-up must be: then the rules' evidence rests on more than the conversation around it.
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
