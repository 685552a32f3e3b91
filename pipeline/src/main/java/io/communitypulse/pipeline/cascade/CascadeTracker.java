package io.communitypulse.pipeline.cascade;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.SenderRole;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows complaints in one group and says when they have become a cascade (see {@link CascadeRule}).
 * Messages must arrive in event-time order. Pure logic: the Flink operator only buffers, orders
 * and stores it.
 *
 * <p>A member message counts as evidence about a subject when it is negative and names a product
 * or an aspect, or when it agrees with a complaint: negative or a pile-on cue ({@link PileOnCue})
 * replying to a complaint, or a pile-on cue while a complaint is open in the group. A negative
 * message that names nothing and replies to nothing is not evidence.
 */
public final class CascadeTracker {

    /** Complaint message id to the subject it was counted for and when, so replies can join it. */
    public Map<String, Complaint> complaints = new HashMap<>();
    public Map<String, Episode> episodes = new HashMap<>();

    public CascadeTracker() {}

    /**
     * Counts the message; returns the episodes whose alert changed: those that reached the rule, grew past
     * it, or changed state (time passing first: ended, quiet, peaked), in a fixed order.
     */
    List<Episode> accept(EnrichedMessage enriched, CascadeRule rule) {
        ChatMessage message = enriched.message();
        long time = message.sentAt().toEpochMilli();
        List<Episode> changed = new ArrayList<>(advance(time, rule));
        if (message.senderRole() != SenderRole.MEMBER) {
            return changed;
        }
        List<SubjectKey> subjects = subjectsOf(enriched, time, rule);
        EpisodeLifecycle lifecycle = new EpisodeLifecycle(rule);
        for (SubjectKey subject : subjects) {
            Episode episode = episodes.computeIfAbsent(subject.asString(), any -> new Episode(subject, message.brandId(),
                    message.groupId(), time));
            boolean newMember = episode.add(message.senderId(), message.eventId(), message.text(), enriched.aspects(),
                    enriched.cues(), time);
            if (newMember && episode.members.size() >= rule.minDistinctMembers()) {
                episode.raise(time);
                changed.add(episode);
            } else if (!newMember && lifecycle.stirred(episode)) {
                changed.add(episode);
            }
        }
        if (!subjects.isEmpty()) {
            complaints.put(message.eventId(), new Complaint(subjects.get(0).asString(), time));
        }
        return changed;
    }

    /**
     * Lets time pass to {@code time}: raised episodes move on in their lifecycle (returned, in subject
     * order), episodes and complaints the window has passed are forgotten.
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
        expire(time, rule);
        return changed;
    }

    private List<SubjectKey> subjectsOf(EnrichedMessage enriched, long time, CascadeRule rule) {
        boolean negative = enriched.isNegative();
        boolean pileOn = PileOnCue.matches(enriched.message().text());
        boolean agrees = negative || pileOn;
        if (negative && !enriched.products().isEmpty()) {
            return enriched.products().stream().map(SubjectKey::product).toList();
        }
        Optional<Episode> repliedTo = repliedComplaint(enriched.message());
        if (agrees && repliedTo.isPresent()) {
            return List.of(repliedTo.get().key());
        }
        List<String> aspects = enriched.aspects().stream().filter(aspect -> !"other".equals(aspect)).toList();
        if (negative && !aspects.isEmpty()) {
            return List.of(openProductEpisodeAbout(aspects, time, rule)
                    .map(Episode::key)
                    .orElse(SubjectKey.aspect(aspects.get(0))));
        }
        // an unrelated grumble ("晚上吃啥[微笑]") must not join; only an explicit "me too" does
        if (pileOn && !enriched.isPositive()) {
            return latestOpenEpisode(time, rule).map(episode -> List.of(episode.key())).orElse(List.of());
        }
        return List.of();
    }

    private Optional<Episode> repliedComplaint(ChatMessage message) {
        if (message.replyTo() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(complaints.get(message.replyTo())).map(complaint -> episodes.get(complaint.subject));
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

    /** Forgets episodes and complaints the window has passed. */
    void expire(long time, CascadeRule rule) {
        episodes.values().removeIf(episode -> !episode.isOpenAt(time, rule.windowMillis()));
        complaints.values().removeIf(complaint -> complaint.timeMillis + rule.windowMillis() < time);
    }

    boolean isEmpty() {
        return episodes.isEmpty() && complaints.isEmpty();
    }

    /** The event time at which something here next changes by time alone: when to look again. */
    long nextChange(CascadeRule rule) {
        EpisodeLifecycle lifecycle = new EpisodeLifecycle(rule);
        long episode = episodes.values().stream().mapToLong(lifecycle::nextChange).min().orElse(Long.MAX_VALUE);
        long complaint = complaints.values().stream().mapToLong(c -> c.timeMillis + rule.windowMillis() + 1).min()
                .orElse(Long.MAX_VALUE);
        return Math.min(episode, complaint);
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
