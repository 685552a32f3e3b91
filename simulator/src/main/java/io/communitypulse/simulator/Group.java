package io.communitypulse.simulator;

import io.communitypulse.events.SenderRole;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One chat group of a brand and its mutable state as the simulation runs: who is in it, and the
 * recent messages that others may reply to. Lists only, so iteration order never depends on hashing.
 */
final class Group {

    /** A message others may quote. */
    record Posted(String eventId, Person sender, String productName, boolean question) {}

    private static final int RECENT = 12;

    final String id;
    final Brand brand;
    final String name;
    final List<Person> staff;
    final Person bot;
    final List<Person> members;
    /** 1 (sleepy) to 5 (lively): how often the group is picked for background traffic. */
    final int activity;
    /** "群还在，人没了": members never speak, only staff broadcast. */
    final boolean quiet;
    private final Deque<Posted> recent = new ArrayDeque<>();
    Instant lastComplaint = Instant.MIN;
    /** Background leaves stay apart (see BackgroundTraffic): only a staged mass exit is one. */
    Instant lastLeave = Instant.MIN;
    /** From this time on members say nothing; only staff and bots post (a dormant or notice-board group). */
    Instant membersSilentFrom = Instant.MAX;
    /** When members who joined during the run joined (looked up only, never iterated). */
    final Map<String, Instant> joinedAt = new HashMap<>();
    /** People a staged incident took out of {@link #members}, with the time they are in the group until. */
    final List<Stay> staged = new ArrayList<>();

    /** Someone in the group from {@code from} until {@code until}, outside the background's reach. */
    record Stay(Person person, Instant from, Instant until) {}

    Group(String id, Brand brand, String name, List<Person> staff, Person bot, List<Person> members, int activity,
          boolean quiet) {
        this.id = id;
        this.brand = brand;
        this.name = name;
        this.staff = List.copyOf(staff);
        this.bot = bot;
        this.members = new ArrayList<>(members);
        this.activity = activity;
        this.quiet = quiet;
    }

    boolean membersSilentAt(Instant now) {
        return !now.isBefore(membersSilentFrom);
    }

    void remember(Posted posted) {
        recent.addLast(posted);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
    }

    List<Posted> recent() {
        return List.copyOf(recent);
    }

    /** The latest member question not yet answered, if any; answering removes it. */
    Posted takeOpenQuestion() {
        for (Posted p : recent) {
            if (p.question() && p.sender().role() == SenderRole.MEMBER) {
                recent.remove(p);
                return p;
            }
        }
        return null;
    }
}
