package io.communitypulse.sentiment.complaint;

import static io.communitypulse.sentiment.complaint.MessageAnalysis.NEGATIVE_EMOTICON;
import static io.communitypulse.sentiment.complaint.MessageAnalysis.POSITIVE_EMOTICON;
import static io.communitypulse.sentiment.complaint.MessageAnalysis.SARCASM_EMOTICON;

import io.communitypulse.sentiment.Aspect;

/**
 * Decides the kind of a member's line from what it says ({@link MessageAnalysis}) and where it stands in
 * the conversation ({@link Context}). A decision list, first match wins, in the order the labelled chat
 * sets break ties (spam, escalation, sarcasm, agreement, follow-up, opinion, symptom), with the kinds that
 * look like complaints but are not (a bystander's worry, a defender, a question, praise) checked where
 * they would otherwise be taken for one.
 */
final class KindRules {
    /** A model score this negative is a complaint even without a listed word. */
    static final double MODEL_COMPLAINT = -0.65;
    /** Below this, the model's mood joins an open complaint as a follow-up. */
    static final double MODEL_FOLLOWUP = -0.3;
    /** Other talk at or below this sounds unhappy: a "me too" right after it shows it was a complaint. */
    static final double MODEL_UNHAPPY = -0.2;

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
     * @param speakerComplained the speaker has posted evidence in the open complaint: what they add goes on with it
     * @param afterStaff the line before it is the brand's (an answer, an apology, a fix)
     * @param afterEvidence the member line before it is complaint evidence (praise right after it reads as irony)
     * @param afterUnhappy the member line before it, by someone else, was other talk that sounded unhappy
     */
    record Context(boolean complaintOpen, boolean praiseLast, boolean repliesToComplaint, boolean repliesToPraise,
            boolean afterSpam, boolean speakerComplained, boolean afterStaff, boolean afterEvidence,
            boolean afterUnhappy) {
    }

    /** What the line's words add up to, before the conversation is weighed in. */
    private record Reading(boolean worry, boolean defends, boolean hypothetical, boolean praises, boolean oldProblem,
            boolean symptom, boolean opinion, boolean negative, boolean plainQuestion) {

        static Reading of(MessageAnalysis a, boolean complainedBefore) {
            boolean hypothetical = a.has(Signal.HYPO);
            boolean symptom = symptomReported(a);
            boolean opinion = a.states(Signal.OPINION) || a.asksAbout(Signal.OPINION) && !hypothetical;
            boolean negative = symptom || opinion;
            boolean relief = a.has(Signal.RELIEF) && !a.has(Signal.FOLLOWUP);
            boolean praises = a.states(Signal.PRAISE) || relief;
            // a bystander: asks whether to stop or throw away, repeats hearsay; or is afraid, or has bought and not
            // yet opened, without a problem of their own
            boolean worry = a.has(Signal.WORRY)
                    || a.has(Signal.FEAR) && !negative && !a.has(Signal.DURATION)
                    || a.has(Signal.PENDING) && !negative && !complainedBefore;
            boolean plainQuestion = a.asks() && !a.states(Signal.SYMPTOM) && !a.states(Signal.OPINION)
                    && !a.has(Signal.DURATION) && !a.states(Signal.FOLLOWUP) && !a.states(Signal.CONSEQUENCE);
            // a defender's guess is a question (是不是泡水了), unless the line states a complaint beside it
            // (but an owner asking about their own item, 我收到的…是不是坏了, is not defending it)
            boolean defends = a.states(Signal.DEFEND) || a.asksAbout(Signal.DEFEND)
                    && !a.states(Signal.SYMPTOM) && !a.states(Signal.OPINION) && !a.has(Signal.SELF);
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
        Reading r = Reading.of(a, c.speakerComplained());
        if (c.afterSpam() && !r.symptom() && !a.has(Signal.ESCALATE)) {
            return ComplaintKind.CHATTER;
        }
        if (escalates(a, r)) {
            return ComplaintKind.COMPLAINT_ESCALATION;
        }
        boolean sides = r.defends() || r.worry() || r.oldProblem();
        if (open && c.afterStaff() && r.praises() && !ironic(a)) {
            return ComplaintKind.PRAISE; // thanks for the fix: 补了 很快 谢谢, 发错了还白送 这波操作可以
        }
        if (open && !sides && sarcastic(a, r, c)) {
            return ComplaintKind.SARCASM;
        }
        // "mine too" beats a defender's word when it reports the problem (我也少了 本来就是冲着它买的)
        // "mine too, and it is fine" (我的也是那批 一点事都莫得, 她家没响) sides with the product
        boolean mineIsFine = a.negates(Signal.SYMPTOM) && !a.states(Signal.SYMPTOM) && !r.opinion();
        boolean agreementSides = r.worry() || r.oldProblem() || mineIsFine || r.defends() && !a.states(Signal.SYMPTOM);
        if (open && !agreementSides && !(r.praises() && !r.negative())
                && (a.states(Signal.AGREE) || c.repliesToComplaint() && repliesAgainst(a, r))) {
            return ComplaintKind.AGREEMENT;
        }
        if (!open && c.afterUnhappy() && !agreementSides && !r.praises() && a.states(Signal.AGREE)
                && (r.negative() || a.modelScore() <= MODEL_FOLLOWUP)) {
            return ComplaintKind.AGREEMENT; // 我家也是 after a report nobody had read as one: it was one
        }
        if (!open && (c.praiseLast() || c.repliesToPraise()) && !r.negative() && (a.states(Signal.AGREE) || r.praises())) {
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
        // the member's own life (work, sleep, diet) is chatter, unless a complaint is open and it says more
        boolean ownLife = a.has(Signal.LIFE) && !open;
        if (r.opinion() && !ownLife) {
            return ComplaintKind.COMPLAINT_OPINION;
        }
        if ((r.symptom() || overdue(a) || changedForWorse(a)) && !ownLife) {
            return ComplaintKind.COMPLAINT_SYMPTOM;
        }
        // the complainer's 👍 to a fix accepts it; anything else they add goes on with their complaint
        boolean accepts = a.wordless() && a.hasEmoticon(POSITIVE_EMOTICON);
        if (open && !r.plainQuestion() && !a.has(Signal.LIFE) && (followsUp(a) || c.speakerComplained() && !accepts)) {
            return ComplaintKind.NEGATIVE_FOLLOWUP; // the complainer answering a defender: 收到就进冰箱了
        }
        boolean modelNegative = a.modelScore() <= MODEL_COMPLAINT;
        if (modelNegative && !r.plainQuestion() && !a.has(Signal.LIFE) && !r.hypothetical()) {
            return open ? ComplaintKind.NEGATIVE_FOLLOWUP : ComplaintKind.COMPLAINT_OPINION;
        }
        if (a.asks() || r.hypothetical()) {
            return ComplaintKind.QUESTION;
        }
        return ComplaintKind.CHATTER;
    }

    /**
     * A symptom stated, or asked about (是霉吗, 这是过敏了吗, 怎么还没到): members report symptoms as questions.
     * A hypothetical (如果收到坏果, 会不会过敏) is a question; so is a thing named by its state (化了的还能冻吗),
     * which the analyser already left out.
     */
    private static boolean symptomReported(MessageAnalysis a) {
        return a.states(Signal.SYMPTOM) || a.asksAbout(Signal.SYMPTOM) && !a.has(Signal.HYPO);
    }

    /** A wait gone on too long: about an order or the service (付款一周了 发货), or said as such (这都第三天了). */
    private static boolean overdue(MessageAnalysis a) {
        return a.has(Signal.DURATION) && (a.has(Signal.FOLLOWUP)
                || a.aspects().contains(Aspect.LOGISTICS) || a.aspects().contains(Aspect.SERVICE));
    }

    private static boolean changedForWorse(MessageAnalysis a) {
        return a.has(Signal.PAST) && a.has(Signal.NOW) && !a.asks();
    }

    /** A threat or demand stated; 要是不到账 我就打12315 threatens, 如果不满意能退吗 only asks. */
    private static boolean escalates(MessageAnalysis a, Reading r) {
        if (r.defends()) {
            return false;
        }
        return a.states(Signal.ESCALATE) || a.asksAbout(Signal.ESCALATE) && !a.has(Signal.ASK)
                || a.states(Signal.DEMAND) && !(r.praises() && !r.negative());
    }

    private static boolean ironic(MessageAnalysis a) {
        return a.has(Signal.SARCASM) || a.has(Signal.QUOTED_PRAISE) || a.has(Signal.IRONY)
                || a.hasEmoticon(SARCASM_EMOTICON);
    }

    private static boolean sarcastic(MessageAnalysis a, Reading r, Context c) {
        if (a.has(Signal.SARCASM) || a.has(Signal.QUOTED_PRAISE)) {
            return true;
        }
        if (!c.afterStaff() && (a.has(Signal.IRONY) || c.afterEvidence()
                && r.praises() && !a.has(Signal.SELF) && !a.has(Signal.PAST) && !a.has(Signal.LIFE))) {
            return true; // praise straight after a complaint, from no one it went well for: 拼装益智 先从找零件开始 绝了
        }
        boolean approving = a.has(Signal.IRONY) || r.praises() || a.hasEmoticon(POSITIVE_EMOTICON);
        if (approving && (r.negative() || a.has(Signal.FOLLOWUP))) {
            return true;
        }
        if (a.has(Signal.IRONY) && (r.praises() || a.hasEmoticon(POSITIVE_EMOTICON | SARCASM_EMOTICON))) {
            return true; // 真系准时, 那我还得买个秤呗[666]
        }
        if (!c.afterStaff() && c.afterEvidence() && a.wordless() && a.hasEmoticon(POSITIVE_EMOTICON)) {
            return true; // a bare 👍 or [强] straight after a complaint (after a staff fix it thanks, and is no evidence)
        }
        return a.hasEmoticon(SARCASM_EMOTICON) && !r.plainQuestion() && !a.has(Signal.LIFE);
    }

    /** A reply to a complaint joins it when it reads against the product, not when it chats (刚下班, 好的[抱拳]). */
    private static boolean repliesAgainst(MessageAnalysis a, Reading r) {
        return !a.has(Signal.LIFE) && (r.negative() || a.modelScore() < 0 && a.hasWords()
                || a.hasEmoticon(NEGATIVE_EMOTICON | SARCASM_EMOTICON) || a.has(Signal.FOLLOWUP));
    }

    private static boolean followsUp(MessageAnalysis a) {
        return a.has(Signal.FOLLOWUP) || a.has(Signal.CONSEQUENCE) || a.has(Signal.DURATION)
                || a.hasEmoticon(NEGATIVE_EMOTICON) || a.modelScore() <= MODEL_FOLLOWUP;
    }
}
