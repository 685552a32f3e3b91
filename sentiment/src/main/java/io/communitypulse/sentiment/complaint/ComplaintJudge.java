package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges one chat line in its group's conversation and records it there: the contextual half of complaint
 * recognition. Lines must come in event-time order per group. Agreement, follow-ups and sarcasm exist
 * only after a complaint, so the judge reads the {@link ConversationState} (what is open, what a reply or
 * quote points at, whether the last stance was a complaint or praise) before it decides, then appends the
 * line. Pure logic, no clock: time is the line's event time.
 */
public final class ComplaintJudge implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CUES = 4;

    private final SecondReading second;

    /** @param second the second reading after the rules, or null for the rules alone */
    public ComplaintJudge(SecondReading second) {
        this.second = second;
    }

    public ComplaintVerdict judge(ConversationState state, ChatLine line, MessageAnalysis analysis) {
        state.expire(line.eventTimeMillis());
        if (line.role() != ChatRole.MEMBER) {
            ComplaintVerdict staff = new ComplaintVerdict(ComplaintKind.STAFF, false, 0.0, analysis.products(),
                    analysis.aspects(), false, null, List.of(), null, false);
            remember(state, line, staff, null, null);
            return staff;
        }
        ConversationLine open = state.openComplaint();
        ConversationLine target = target(state, line, analysis);
        ConversationLine stance = state.latestStance();
        ConversationLine previous = state.latestMemberLine();
        KindRules.Context context = new KindRules.Context(
                stance != null && stance.evidence,
                stance != null && stance.isPraise(),
                target != null && target.evidence,
                target != null && target.isPraise(),
                previous != null && ComplaintKind.SPAM.wireName().equals(previous.kind),
                open != null && state.hasEvidenceFrom(line.speakerId(), rootOf(open)),
                state.latestIsStaff(),
                previous != null && previous.evidence,
                previous != null && previous.unhappy && !previous.speakerId.equals(line.speakerId()));
        ComplaintKind kind = KindRules.decide(analysis, context);
        boolean vouched = false;
        if (second != null) {
            JudgedLine judged = new JudgedLine(line.text(), analysis, kind, contextOf(target, stance), open != null,
                    context.afterStaff(), context.afterSpam(), context.speakerComplained(), context.repliesToComplaint(),
                    echoes(line, analysis, stance));
            kind = second.reread(judged);
            vouched = kind.joins() && second.vouches(judged);
        }
        ConversationLine revealed = kind == ComplaintKind.AGREEMENT && open == null && target == null
                ? promote(previous) : null;
        ConversationLine joined = kind.isEvidence() ? joined(target, revealed != null ? revealed : open, analysis) : null;
        ComplaintVerdict verdict = verdict(kind, analysis, line.text(), joined,
                joined != null && joined == revealed ? revealed.speakerId : null, vouched);
        remember(state, line, verdict, joined, analysis);
        return verdict;
    }

    /** Whether the line agrees and repeats a run of the latest stance's words, that stance another member's complaint. */
    private static boolean echoes(ChatLine line, MessageAnalysis analysis, ConversationLine stance) {
        return stance != null && stance.evidence && stance.head != null && !stance.speakerId.equals(line.speakerId())
                && analysis.has(Signal.AGREE) && Heads.overlap(stance.head, analysis.head());
    }

    /**
     * What the second reading takes the line to answer, as its features name it: the complaint or praise it
     * replies to or quotes, else the conversation's latest stance.
     */
    private static int contextOf(ConversationLine target, ConversationLine stance) {
        ConversationLine answered = target != null && (target.evidence || target.isPraise()) ? target : stance;
        if (answered == null) {
            return LineFeatures.ALONE;
        }
        return answered.evidence ? LineFeatures.AFTER_COMPLAINT : LineFeatures.AFTER_PRAISE;
    }

    /** Makes the unhappy line a "me too" agreed with into the complaint it was, so what follows can join it. */
    private static ConversationLine promote(ConversationLine agreedWith) {
        agreedWith.evidence = true;
        agreedWith.unhappy = false;
        agreedWith.rootId = agreedWith.messageId;
        return agreedWith;
    }

    /** The earlier line a reply or quote points at, if the state still holds it. */
    private static ConversationLine target(ConversationState state, ChatLine line, MessageAnalysis analysis) {
        ConversationLine replied = state.find(line.replyToId());
        if (replied != null && replied.member) {
            return replied;
        }
        return state.quoted(analysis.quote());
    }

    /**
     * The complaint a line of evidence joins: the one it replies to, else the open one, unless the line names
     * other products than the open complaint (then it opens a complaint of its own).
     */
    private static ConversationLine joined(ConversationLine target, ConversationLine open, MessageAnalysis analysis) {
        ConversationLine candidate = target != null && target.evidence ? target : open;
        if (candidate == null) {
            return null;
        }
        if (!analysis.products().isEmpty() && candidate.products.length > 0
                && analysis.products().stream().noneMatch(List.of(candidate.products)::contains)) {
            return null;
        }
        return candidate;
    }

    private static ComplaintVerdict verdict(ComplaintKind kind, MessageAnalysis analysis, String text,
            ConversationLine joined, String revealsComplaintBy, boolean vouched) {
        if (!kind.isEvidence()) {
            return new ComplaintVerdict(kind, false, 0.0, analysis.products(), analysis.aspects(), false, null, List.of(),
                    null, false);
        }
        boolean escalation = kind == ComplaintKind.COMPLAINT_ESCALATION
                || analysis.has(Signal.ESCALATE) || analysis.states(Signal.DEMAND);
        List<String> products = analysis.products();
        List<Aspect> aspects = analysis.aspects();
        if (joined != null) {
            if (products.isEmpty()) {
                products = List.of(joined.products);
            }
            // an escalation or a bare "me too" is about the complaint it joins, not about "service"
            if (aspects.isEmpty() || kind == ComplaintKind.COMPLAINT_ESCALATION && joined.aspects.length > 0) {
                aspects = joined.aspects.length == 0 ? aspects : aspectsOf(joined.aspects);
            }
        }
        if (aspects.isEmpty()) {
            aspects = List.of(Aspect.OTHER);
        }
        return new ComplaintVerdict(kind, true, Strength.of(kind, analysis), products, aspects, escalation,
                joined == null ? null : rootOf(joined), VerdictCues.of(kind, analysis, text, MAX_CUES), revealsComplaintBy,
                vouched);
    }

    private static String rootOf(ConversationLine line) {
        return line.rootId != null ? line.rootId : line.messageId;
    }

    private static List<Aspect> aspectsOf(String[] wireNames) {
        List<Aspect> aspects = new ArrayList<>(wireNames.length);
        for (String name : wireNames) {
            aspects.add(Aspect.fromWireName(name));
        }
        return aspects;
    }

    private static void remember(ConversationState state, ChatLine line, ComplaintVerdict verdict,
            ConversationLine joined, MessageAnalysis analysis) {
        ConversationLine kept = new ConversationLine();
        kept.messageId = line.messageId();
        kept.speakerId = line.speakerId();
        kept.timeMillis = line.eventTimeMillis();
        kept.kind = verdict.kind().wireName();
        kept.member = line.role() == ChatRole.MEMBER;
        kept.evidence = verdict.evidence();
        kept.rootId = verdict.evidence() ? (joined == null ? line.messageId() : rootOf(joined)) : null;
        kept.products = verdict.products().toArray(String[]::new);
        kept.aspects = verdict.aspects().stream().map(Aspect::wireName).toArray(String[]::new);
        kept.head = kept.member && analysis != null ? analysis.head() : null;
        kept.unhappy = kept.member && verdict.kind() == ComplaintKind.CHATTER
                && analysis.modelScore() <= KindRules.MODEL_UNHAPPY;
        kept.unhappyText = kept.unhappy ? line.text() : null;
        state.append(kept);
    }
}
