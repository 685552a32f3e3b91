package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.SenderRole;
import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.complaint.ComplaintVerdict;
import io.communitypulse.sentiment.complaint.ConversationLine;
import io.communitypulse.sentiment.complaint.ConversationState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows complaints in one group and says when they have become a cascade (see {@link CascadeRule}).
 * Messages must arrive in event-time order, each with the complaint judge's verdict on it in its
 * conversation (kept here too, in {@link #conversation}). Pure logic: the Flink operator only buffers,
 * orders and stores it.
 *
 * <p>A member's message is evidence when the judge says so (a complaint, a symptom, an escalation, an
 * agreement, a follow-up, sarcasm — not a question, a worried bystander, a defender, praise, staff or
 * spam) and it carries its own mark of the complaint ({@link Corroboration}). Its subject is the product it names or the complaint it joins names; else the complaint it
 * joins; else its aspect (joining an open complaint about a product with that aspect); else the latest
 * open complaint; else an unnamed one ({@code aspect:other}).
 */
public final class CascadeTracker {

    /** Complaint message id to the subject it was counted for and when, so lines joining it find it. */
    public Map<String, Complaint> complaints = new HashMap<>();
    public Map<String, Episode> episodes = new HashMap<>();
    /** The group's recent lines, as the complaint judge reads a new one in context. */
    public ConversationState conversation = new ConversationState();
    /** Whether the latest member line complained with its own mark ({@link Corroboration}), and when. */
    public boolean lastMemberLineMarked;
    public long lastMemberLineMillis;

    public CascadeTracker() {}

    /**
     * Counts the message; returns the episodes whose alert changed: those that reached the rule, grew past
     * it, or changed state (time passing first: ended, quiet, peaked), in a fixed order.
     */
    List<Episode> accept(ChatMessage message, ComplaintReading.Read read, CascadeRule rule) {
        long time = message.sentAt().toEpochMilli();
        List<Episode> changed = new ArrayList<>(advance(time, rule));
        if (message.senderRole() != SenderRole.MEMBER || !read.counts()) {
            return changed;
        }
        ComplaintVerdict verdict = read.verdict();
        SubjectKey subject = subjectOf(verdict, time, rule);
        Episode episode = episodes.computeIfAbsent(subject.asString(), any -> new Episode(subject, message.brandId(),
                message.groupId(), time));
        List<String> aspects = verdict.aspects().stream().map(Aspect::wireName).toList();
        boolean revealedMember = countRevealed(verdict, subject, episode, aspects, time);
        boolean newMember = episode.add(message.senderId(), message.eventId(), message.text(), aspects, verdict.cues(),
                time) | revealedMember;
        episode.escalations += verdict.escalation() ? 1 : 0;
        if (newMember && episode.members.size() >= rule.minDistinctMembers()) {
            episode.raise(time);
            changed.add(episode);
        } else if (!newMember && new EpisodeLifecycle(rule).stirred(episode)) {
            changed.add(episode);
        }
        complaints.put(message.eventId(), new Complaint(subject.asString(), time));
        return changed;
    }

    /**
     * A "me too" can show that an earlier member's line, which no one read as a complaint, was one
     * ({@link ComplaintVerdict#revealsComplaintBy()}): that member counts too, with the line as the group kept it.
     */
    private boolean countRevealed(ComplaintVerdict verdict, SubjectKey subject, Episode episode, List<String> aspects,
            long time) {
        if (verdict.revealsComplaintBy() == null || verdict.joinsMessageId() == null) {
            return false;
        }
        ConversationLine revealed = conversation.find(verdict.joinsMessageId());
        complaints.put(verdict.joinsMessageId(), new Complaint(subject.asString(), time));
        return episode.add(verdict.revealsComplaintBy(), verdict.joinsMessageId(), textOf(revealed), aspects, List.of(),
                revealed == null ? time : revealed.timeMillis);
    }

    /** The revealed line as its member sent it, or its head if it was kept without its text (state from before). */
    private static String textOf(ConversationLine revealed) {
        if (revealed == null) {
            return "";
        }
        return revealed.unhappyText != null ? revealed.unhappyText : revealed.head;
    }

    /**
     * Lets time pass to {@code time}: raised episodes move on in their lifecycle (returned, in subject
     * order), episodes, complaints and conversation lines the window has passed are forgotten.
     */
    List<Episode> advance(long time, CascadeRule rule) {
        EpisodeLifecycle lifecycle = new EpisodeLifecycle(rule);
        List<Episode> changed = new ArrayList<>();
        for (Episode episode : episodes.values()) {
            if (lifecycle.advance(episode, time)) {
                changed.add(episode);
            }
        }
        changed.sort(Comparator.comparing(Episode::key, Comparator.comparing(SubjectKey::asString)));
        episodes.values().removeIf(episode -> !episode.isOpenAt(time, rule.windowMillis()));
        complaints.values().removeIf(complaint -> complaint.timeMillis + rule.windowMillis() < time);
        conversation.expire(time);
        return changed;
    }

    private SubjectKey subjectOf(ComplaintVerdict verdict, long time, CascadeRule rule) {
        if (!verdict.products().isEmpty()) {
            return SubjectKey.product(verdict.products().get(0));
        }
        Optional<Episode> joined = Optional.ofNullable(verdict.joinsMessageId()).map(complaints::get)
                .map(complaint -> episodes.get(complaint.subject));
        if (joined.isPresent()) {
            return joined.get().key();
        }
        List<String> aspects = verdict.aspects().stream().filter(aspect -> aspect != Aspect.OTHER)
                .map(Aspect::wireName).toList();
        if (!aspects.isEmpty()) {
            return openProductEpisodeAbout(aspects, time, rule).map(Episode::key)
                    .orElse(SubjectKey.aspect(aspects.get(0)));
        }
        return latestOpenEpisode(time, rule).map(Episode::key).orElse(SubjectKey.aspect(Aspect.OTHER.wireName()));
    }

    private Optional<Episode> openProductEpisodeAbout(List<String> aspects, long time, CascadeRule rule) {
        return episodes.values().stream()
                .filter(episode -> SubjectKey.PRODUCT.equals(episode.subjectKind))
                .filter(episode -> episode.isOpenAt(time, rule.windowMillis()))
                .filter(episode -> aspects.stream().anyMatch(episode.aspects::contains))
                .max(Comparator.comparingLong((Episode episode) -> episode.lastSeenMillis).thenComparing(e -> e.subject));
    }

    private Optional<Episode> latestOpenEpisode(long time, CascadeRule rule) {
        return episodes.values().stream()
                .filter(episode -> episode.isOpenAt(time, rule.windowMillis()))
                .max(Comparator.comparingLong((Episode episode) -> episode.lastSeenMillis).thenComparing(e -> e.subject));
    }

    boolean isEmpty() {
        return episodes.isEmpty() && complaints.isEmpty() && conversation.isEmpty();
    }

    /** The event time at which something here next changes by time alone: when to look again. */
    long nextChange(CascadeRule rule) {
        EpisodeLifecycle lifecycle = new EpisodeLifecycle(rule);
        long episode = episodes.values().stream().mapToLong(lifecycle::nextChange).min().orElse(Long.MAX_VALUE);
        long complaint = complaints.values().stream().mapToLong(c -> c.timeMillis + rule.windowMillis() + 1).min()
                .orElse(Long.MAX_VALUE);
        return Math.min(Math.min(episode, complaint), conversation.nextExpiryMillis());
    }

    /** A message counted as a complaint: its subject key and event time. Plain fields for Flink's state. */
    public static final class Complaint {
        public String subject;
        public long timeMillis;

        public Complaint() {}

        Complaint(String subject, long timeMillis) {
            this.subject = subject;
            this.timeMillis = timeMillis;
        }
    }
}
