package io.communitypulse.sentiment.complaint;

import static io.communitypulse.sentiment.complaint.MessageAnalysis.NEGATIVE_EMOTICON;
import static io.communitypulse.sentiment.complaint.MessageAnalysis.POSITIVE_EMOTICON;
import static io.communitypulse.sentiment.complaint.MessageAnalysis.SARCASM_EMOTICON;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.SentimentLabel;

/**
 * Decides the kind of a member's line from what it says ({@link MessageAnalysis}) and where it stands in
 * the conversation ({@link Context}). A decision list, first match wins, in the order the labelled chat
 * sets break ties (spam, escalation, sarcasm, agreement, follow-up, opinion, symptom), with the kinds that
 * look like complaints but are not (a bystander's worry, a defender, a question, praise) checked where
 * they would otherwise be taken for one.
 */
final class KindRules {
    /** A model score this negative is a complaint even without a listed word. */
    static final double MODEL_COMPLAINT = -0.75;
    /** Below this, the model's mood joins an open complaint as a follow-up. */
    static final double MODEL_FOLLOWUP = -0.3;

    private KindRules() {
    }

    /**
     * Where a line stands.
     *
     * @param complaintOpen the group's latest stance (complaint or praise) is a complaint
     * @param praiseLast the group's latest stance is praise
     * @param repliesToComplaint it replies to or quotes a line of complaint evidence
     * @param repliesToPraise it replies to or quotes praise
     * @param afterSpam the member line before it was spam (reactions to spam are chatter)
     */
    record Context(boolean complaintOpen, boolean praiseLast, boolean repliesToComplaint, boolean repliesToPraise,
            boolean afterSpam) {
    }

    /** What the line's words add up to, before the conversation is weighed in. */
    private record Reading(boolean worry, boolean defends, boolean hypothetical, boolean praises, boolean oldProblem,
            boolean symptom, boolean opinion, boolean negative, boolean plainQuestion) {

        static Reading of(MessageAnalysis a, boolean open) {
            boolean hypothetical = a.has(Signal.HYPO);
            boolean symptom = symptomReported(a, open, hypothetical);
            boolean opinion = a.has(Signal.OPINION) && !hypothetical;
            boolean negative = symptom || opinion;
            boolean relief = a.has(Signal.RELIEF) && !a.has(Signal.FOLLOWUP);
            boolean praises = a.states(Signal.PRAISE) || relief;
            boolean worry = a.has(Signal.WORRY) && !a.has(Signal.DURATION)
                    || a.has(Signal.PENDING) && !negative && !a.has(Signal.DURATION);
            boolean plainQuestion = a.asks() && !a.states(Signal.SYMPTOM) && !a.states(Signal.OPINION)
                    && !a.has(Signal.DURATION) && !a.states(Signal.FOLLOWUP) && !a.states(Signal.CONSEQUENCE);
            // a defender's guess is a question (是不是泡水了), unless the line states a complaint beside it
            boolean defends = a.states(Signal.DEFEND)
                    || a.asksAbout(Signal.DEFEND) && !a.states(Signal.SYMPTOM) && !a.states(Signal.OPINION);
            return new Reading(worry, defends, hypothetical, praises,
                    praises && (a.has(Signal.PAST) || relief), symptom, opinion, negative, plainQuestion);
        }
    }

    static ComplaintKind decide(MessageAnalysis a, Context c) {
        if (a.has(Signal.SPAM)) {
            return ComplaintKind.SPAM;
        }
        if (a.has(Signal.CARD) || (a.has(Signal.CHAIN) && !a.states(Signal.SYMPTOM))) {
            return ComplaintKind.CHATTER;
        }
        boolean open = c.complaintOpen() || c.repliesToComplaint();
        Reading r = Reading.of(a, open);
        if (c.afterSpam() && !r.symptom() && !a.has(Signal.ESCALATE)) {
            return ComplaintKind.CHATTER;
        }
        if (escalates(a, r)) {
            return ComplaintKind.COMPLAINT_ESCALATION;
        }
        boolean sides = r.defends() || r.worry() || r.oldProblem();
        if (open && !sides && a.asksAbout(Signal.PRAISE) && !a.states(Signal.PRAISE)) {
            return ComplaintKind.COMPLAINT_OPINION; // 八成好的叫不错？
        }
        if (open && !sides && sarcastic(a, r)) {
            return ComplaintKind.SARCASM;
        }
        if (open && !sides && !(r.praises() && !r.negative()) && (a.has(Signal.AGREE) || c.repliesToComplaint())) {
            return ComplaintKind.AGREEMENT;
        }
        if (!open && (c.praiseLast() || c.repliesToPraise()) && !r.negative() && (a.has(Signal.AGREE) || r.praises())) {
            return ComplaintKind.PLUS_ONE_PRAISE;
        }
        if (r.worry() && !a.has(Signal.ESCALATE)) {
            return ComplaintKind.BYSTANDER_WORRY;
        }
        if (r.defends()) {
            return ComplaintKind.DEFEND;
        }
        if (r.oldProblem() || r.praises() && !r.negative()) {
            return ComplaintKind.PRAISE;
        }
        boolean ownLife = a.has(Signal.LIFE) && !a.has(Signal.SELF) && !open;
        if (r.opinion() && !ownLife) {
            return ComplaintKind.COMPLAINT_OPINION;
        }
        if ((r.symptom() || overdue(a) || changedForWorse(a)) && !ownLife) {
            return ComplaintKind.COMPLAINT_SYMPTOM;
        }
        if (open && !r.plainQuestion() && followsUp(a)) {
            return ComplaintKind.NEGATIVE_FOLLOWUP;
        }
        boolean modelNegative = a.modelScore() <= MODEL_COMPLAINT && a.modelLabel() == SentimentLabel.NEGATIVE;
        if (modelNegative && !r.plainQuestion() && !ownLife && !r.hypothetical()) {
            return open ? ComplaintKind.NEGATIVE_FOLLOWUP : ComplaintKind.COMPLAINT_OPINION;
        }
        if (a.asks() || r.hypothetical()) {
            return ComplaintKind.QUESTION;
        }
        return ComplaintKind.CHATTER;
    }

    /**
     * A symptom stated, or asked about by someone who has it (是霉吗, 这还能吃吗 after their own report, 怎么还没到
     * after a wait); a hypothetical (如果收到坏果) is a question.
     */
    private static boolean symptomReported(MessageAnalysis a, boolean open, boolean hypothetical) {
        if (hypothetical) {
            return false;
        }
        if (a.states(Signal.SYMPTOM)) {
            return true;
        }
        return a.asksAbout(Signal.SYMPTOM) && (a.has(Signal.SELF) || a.has(Signal.DURATION) || open);
    }

    /** A wait gone on too long about an order or the service (付款一周了, 发货, 三天了). */
    private static boolean overdue(MessageAnalysis a) {
        return a.has(Signal.DURATION)
                && (a.aspects().contains(Aspect.LOGISTICS) || a.aspects().contains(Aspect.SERVICE));
    }

    private static boolean changedForWorse(MessageAnalysis a) {
        return a.has(Signal.PAST) && a.has(Signal.NOW) && !a.asks();
    }

    private static boolean escalates(MessageAnalysis a, Reading r) {
        if (r.hypothetical() || r.defends()) {
            return false;
        }
        return a.states(Signal.ESCALATE) || a.asksAbout(Signal.ESCALATE) && !a.has(Signal.ASK)
                || a.states(Signal.DEMAND) && !(r.praises() && !r.negative());
    }

    private static boolean sarcastic(MessageAnalysis a, Reading r) {
        if (a.has(Signal.SARCASM) || a.has(Signal.QUOTED_PRAISE)) {
            return true;
        }
        boolean approving = a.has(Signal.IRONY) || r.praises() || a.hasEmoticon(POSITIVE_EMOTICON);
        if (approving && (r.negative() || a.has(Signal.DURATION) || a.has(Signal.FOLLOWUP))) {
            return true;
        }
        if (a.has(Signal.IRONY) && a.hasEmoticon(POSITIVE_EMOTICON | SARCASM_EMOTICON)) {
            return true; // 那我还得买个秤呗[666]
        }
        return a.hasEmoticon(SARCASM_EMOTICON) && !r.plainQuestion();
    }

    private static boolean followsUp(MessageAnalysis a) {
        return a.has(Signal.FOLLOWUP) || a.has(Signal.CONSEQUENCE) || a.has(Signal.DURATION)
                || a.hasEmoticon(NEGATIVE_EMOTICON) || a.modelScore() <= MODEL_FOLLOWUP;
    }
}
