package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.sentiment.complaint.ComplaintVerdict;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import io.communitypulse.sentiment.complaint.Signal;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Whether a line the complaint judge calls evidence counts toward a cascade in a busy group. The judge
 * reads a line against the group's recent lines as one conversation; real groups interleave several, so
 * a "thanks for the red packet" or a [微笑] after a complaint from another thread reads as sarcasm, and
 * an emoticon as a follow-up. A member's own complaint (an opinion, a symptom, an escalation) counts as
 * the judge reads it: no thread makes it one, and the learned reader has read its words (docs/complaints.md,
 * step 15; before the reader, chatter the model read negative came through here too). A join (agreement,
 * follow-up, sarcasm) counts when it carries its own mark of the complaint — a word of the kind it is
 * (我也/同款 for agreement, 还是/没动静 for a follow-up, a sarcasm word, a quoted "praise" or its own complaint
 * words for sarcasm: 闪退三次 真是物超所值[强] is the member's own complaint, told mockingly),
 * or a reply to or quote of another line
 * together with some word of complaint, agreement or mockery or a clearly negative reading — or when it
 * comes straight after such a marked complaint and reads negative to the sentiment model in words or
 * carries a [微笑] (a 👍, "谢谢红包" or emoticons alone do not): the member line before it (staff in between
 * do not count) complained on its own, less than {@link #STRAIGHT_AFTER_MILLIS} before. Chatter then
 * cannot chain into a cascade of its own, and a grumble of two rarely gains a spurious third.
 */
final class Corroboration implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long STRAIGHT_AFTER_MILLIS = 3 * 60_000;
    private static final Set<Signal> COMPLAINS = EnumSet.of(Signal.SYMPTOM, Signal.OPINION, Signal.ESCALATE,
            Signal.DEMAND, Signal.CONSEQUENCE);
    private static final Set<Signal> FOLLOWS_UP = EnumSet.of(Signal.FOLLOWUP, Signal.CONSEQUENCE, Signal.SYMPTOM,
            Signal.OPINION, Signal.DEMAND);
    private static final Set<Signal> MOCKS = EnumSet.of(Signal.SARCASM, Signal.QUOTED_PRAISE);

    /**
     * @param afterMarkedComplaint whether the member line before this one was evidence with its own mark,
     *     sent less than {@link #STRAIGHT_AFTER_MILLIS} before
     */
    boolean counts(ChatMessage message, ComplaintVerdict verdict, MessageAnalysis line, boolean afterMarkedComplaint) {
        return verdict.evidence() && (!verdict.kind().joins() || verdict.vouched()
                || marked(message, verdict, line) || afterMarkedComplaint && joins(line));
    }

    /**
     * A line straight after a complaint joins it when it has words and reads against the product: negative to
     * the model, or with a [微笑] beside words it can turn (praise, thanks, a mocking or ironic word: 真是感谢你们
     * 这么用心的挑选呢[微笑]). Emoticons alone ([裂开][裂开][裂开] under a member's rant) are a bystander's reaction,
     * and so are words the model reads negative only for the emoticon beside them ({@link #unmarkedBesideAnEmoticon}).
     */
    private static boolean joins(MessageAnalysis line) {
        return line.hasWords() && line.modelScore() < 0 && !unmarkedBesideAnEmoticon(line) || mocksWithASmile(line);
    }

    private static boolean mocksWithASmile(MessageAnalysis line) {
        return line.hasEmoticon(MessageAnalysis.SARCASM_EMOTICON)
                && (line.has(Signal.PRAISE) || line.has(Signal.IRONY) || any(line, MOCKS));
    }

    /**
     * A sad emoticon or a [微笑] beside words with no mark of complaint, agreement or mockery: 学到了😭, 收到[微笑],
     * 晚安[微笑] under someone's complaint are sympathy or politeness, not a second complainer (in the demo each
     * completed an unstaged cascade).
     */
    private static boolean unmarkedBesideAnEmoticon(MessageAnalysis line) {
        return line.hasEmoticon(MessageAnalysis.NEGATIVE_EMOTICON | MessageAnalysis.SARCASM_EMOTICON)
                && !holdsAWordOfComplaint(line);
    }

    /** A word of complaint, a follow-up, agreement or mockery, whichever kind the line was judged. */
    private static boolean holdsAWordOfComplaint(MessageAnalysis line) {
        return any(line, COMPLAINS) || any(line, FOLLOWS_UP) || line.has(Signal.AGREE) || any(line, MOCKS);
    }

    /** Evidence that carries its own mark of the complaint, whatever came before it. */
    boolean marked(ChatMessage message, ComplaintVerdict verdict, MessageAnalysis line) {
        if (!verdict.evidence()) {
            return false;
        }
        boolean linked = message.replyTo() != null || line.has(Signal.QUOTE);
        if (linked && (holdsAWordOfComplaint(line) || line.modelScore() <= -0.5)) {
            return true;
        }
        return switch (verdict.kind()) {
            case COMPLAINT_OPINION, COMPLAINT_SYMPTOM, COMPLAINT_ESCALATION -> any(line, COMPLAINS)
                    || namesASubject(line) && line.modelScore() <= -0.5;
            case AGREEMENT -> line.has(Signal.AGREE) || line.has(Signal.SELF) && any(line, COMPLAINS);
            case NEGATIVE_FOLLOWUP -> any(line, FOLLOWS_UP);
            case SARCASM -> any(line, MOCKS) || any(line, COMPLAINS) || line.has(Signal.IRONY) && any(line, FOLLOWS_UP);
            default -> false;
        };
    }

    /** A span of time (三天了, 第二天) marks a complaint only in a line that does not read positive: 用完第二天上妆很服帖. */
    private static boolean any(MessageAnalysis line, Set<Signal> signals) {
        return signals.stream().anyMatch(line::has) || line.has(Signal.DURATION) && line.modelScore() < 0;
    }

    private static boolean namesASubject(MessageAnalysis line) {
        return !line.products().isEmpty() || !line.aspects().isEmpty();
    }
}
