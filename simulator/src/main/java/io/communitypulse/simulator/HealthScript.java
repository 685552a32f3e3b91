package io.communitypulse.simulator;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.PulseEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stages what community health must find: an incited mass exit and one without words (in the live
 * part of any run of 13 minutes or more), and, when the history is long enough, early-exit churn, a
 * notice board and a dormant group. Puts their events on the timeline, keeps the background out of
 * their way, and returns their ground truth (the kinds name the alert type they must raise).
 */
final class HealthScript {

    static final String MASS_EXIT_INCITED = "mass_exit_incited";
    static final String MASS_EXIT_SILENT = "mass_exit_silent";
    static final String EARLY_EXITS = "early_exits";
    static final String BROADCAST_ONLY = "broadcast_only";
    static final String DORMANT_GROUP = "dormant_group";
    /** The pipeline's default: no member message for 14 days is dormant. */
    static final Duration DORMANT_AFTER = Duration.ofDays(14);

    private static final List<String> URGING = List.of(
            "{p}用了过敏，大家都退了吧[捂脸]", "别买了，我退群了", "大家散了吧，这群没意思了", "避雷！{p}都别买了",
            "退了退了，太坑了", "还在买{p}的醒醒吧，都退了吧");

    private final SimulatorConfig config;
    private final SplittableRandom random;
    private final EventFactory factory;
    private final TextComposer text;
    private final Timeline timeline;
    private final Community community;
    private final List<Group> reserved = new ArrayList<>();

    HealthScript(SimulatorConfig config, SplittableRandom random, EventFactory factory, TextComposer text, Timeline timeline,
                 Community community) {
        this.config = config;
        this.random = random;
        this.factory = factory;
        this.text = text;
        this.timeline = timeline;
        this.community = community;
    }

    /** The groups whose exits are staged: background leaves stay out of them. */
    List<Group> reserved() {
        return List.copyOf(reserved);
    }

    /** @param taken groups other scripts staged incidents in */
    List<Incident> stage(List<Group> taken) {
        List<Incident> incidents = new ArrayList<>();
        HealthScenarios health = config.health();
        if (!health.staged()) {
            return incidents;
        }
        List<Group> free = new ArrayList<>(community.groups.stream().filter(g -> !g.quiet && !taken.contains(g)).toList());
        Instant massExit = config.start().plus(health.massExitAt());
        if (fits(health.massExitAt().plusMinutes(9))) {
            incidents.add(incitedMassExit(take(free, true), massExit));
            incidents.add(silentMassExit(take(free, true), massExit.plus(Duration.ofMinutes(3))));
        }
        if (historyOf(Duration.ofDays(4))) {
            incidents.add(earlyExits(take(free, true)));
        }
        if (historyOf(Duration.ofDays(8))) {
            incidents.add(noticeBoard(take(free, false)));
        }
        if (historyOf(DORMANT_AFTER.plusDays(2))) {
            incidents.add(dormant(take(free, false)));
        }
        return incidents;
    }

    /** Two members urge the others to go; then seven to nine others leave within five minutes. */
    private Incident incitedMassExit(Group group, Instant t0) {
        List<Person> people = distinct(group, 2 + 7 + random.nextInt(3));
        Product product = text.pick(group.brand.products());
        List<PulseEvent> events = new ArrayList<>();
        ChatMessage first = urge(group, people.get(0), product, null, t0);
        events.add(first);
        events.add(urge(group, people.get(1), product, first.eventId(), t0.plusSeconds(50 + random.nextInt(40))));
        events.addAll(leaves(group, people.subList(2, people.size()), t0.plusSeconds(120), 300));
        return incident("mass-exit-incited-1", MASS_EXIT_INCITED, group, people.subList(2, people.size()), events);
    }

    /** Six or seven members leave within six minutes, and nobody says a word. */
    private Incident silentMassExit(Group group, Instant t0) {
        List<Person> leavers = distinct(group, 6 + random.nextInt(2));
        return incident("mass-exit-silent-1", MASS_EXIT_SILENT, group, leavers, leaves(group, leavers, t0, 360));
    }

    /**
     * Fourteen newcomers over the three days before the start, nine of whom leave 1 to 20 hours after
     * joining, never two within a quarter hour (not a mass exit): coupon hunters.
     */
    private Incident earlyExits(Group group) {
        Instant from = config.start().minus(Duration.ofDays(3));
        List<PulseEvent> events = new ArrayList<>();
        List<Person> leavers = new ArrayList<>();
        Instant lastLeave = Instant.MIN;
        List<Long> joins = sortedSeconds(14, 60 * 3600);
        for (int i = 0; i < joins.size(); i++) {
            Person newcomer = community.newMember(group.brand, random);
            Instant joinedAt = from.plusSeconds(joins.get(i));
            events.add(factory.membership(group, newcomer, MembershipChangeKind.JOIN, null, joinedAt));
            Instant leftAt = Instant.MAX;
            if (i % 3 != 2 && leavers.size() < 9) {
                leftAt = joinedAt.plusSeconds(3600 + random.nextInt(19 * 3600));
                if (leftAt.isBefore(lastLeave.plus(Duration.ofMinutes(15)))) {
                    leftAt = lastLeave.plus(Duration.ofMinutes(15));
                }
                lastLeave = leftAt.isAfter(lastLeave) ? leftAt : lastLeave;
                events.add(factory.membership(group, newcomer, MembershipChangeKind.LEAVE, null, leftAt));
                leavers.add(newcomer);
            }
            group.staged.add(new Group.Stay(newcomer, joinedAt, leftAt));
        }
        return incident("early-exits-1", EARLY_EXITS, group, leavers, events);
    }

    /** From the beginning of the history only staff and bots post, and one member now and then. */
    private Incident noticeBoard(Group group) {
        Instant from = config.historyStart();
        group.membersSilentFrom = from;
        Person member = group.members.get(0);
        List<PulseEvent> events = new ArrayList<>();
        Instant until = config.bounded() ? config.end() : config.start().plus(Duration.ofDays(1));
        for (Instant at = from.plus(Duration.ofHours(12)); at.isBefore(until); at = at.plus(Duration.ofDays(4))) {
            events.add(factory.chat(group, member, MessageType.TEXT, text.pick(List.of("收到", "好的谢谢", "已领取[抱拳]")),
                    null, List.of(), at));
        }
        return incident("broadcast-only-1", BROADCAST_ONLY, group, List.of(member), events);
    }

    /** Members chat on the history's first day, then fall silent for good; staff keep posting. */
    private Incident dormant(Group group) {
        Instant silentFrom = config.historyStart().plus(Duration.ofDays(1));
        group.membersSilentFrom = silentFrom;
        return new Incident("dormant-group-1", DORMANT_GROUP, true, group.brand.id(), List.of(group.id), null, null, null,
                silentFrom, silentFrom.plus(DORMANT_AFTER), List.of(), List.of(), List.of(),
                List.of(new Incident.Phase(group.id, silentFrom, silentFrom.plus(DORMANT_AFTER), List.of(), List.of())));
    }

    private ChatMessage urge(Group group, Person member, Product product, String replyTo, Instant at) {
        String line = text.pick(URGING).replace("{p}", text.mention(product));
        return factory.chat(group, member, MessageType.TEXT, line, replyTo, List.of(), at);
    }

    /** Leaves at sorted times within {@code spreadSeconds} of {@code from}; the leavers stay until then. */
    private List<PulseEvent> leaves(Group group, List<Person> leavers, Instant from, int spreadSeconds) {
        List<Long> offsets = sortedSeconds(leavers.size(), spreadSeconds);
        List<PulseEvent> events = new ArrayList<>();
        for (int i = 0; i < leavers.size(); i++) {
            Instant at = from.plusSeconds(offsets.get(i)).plusMillis(random.nextInt(1000));
            group.members.remove(leavers.get(i));
            group.staged.add(new Group.Stay(leavers.get(i), Instant.MIN, at));
            events.add(factory.membership(group, leavers.get(i), MembershipChangeKind.LEAVE, null, at));
        }
        return events;
    }

    private Incident incident(String id, String kind, Group group, List<Person> members, List<PulseEvent> events) {
        List<PulseEvent> ordered = events.stream().sorted(Comparator.comparing(PulseEvent::eventTime)).toList();
        ordered.forEach(timeline::addScripted);
        List<String> ids = ordered.stream().map(PulseEvent::eventId).toList();
        List<String> memberIds = members.stream().map(Person::id).toList();
        Instant start = ordered.get(0).eventTime();
        Instant end = ordered.get(ordered.size() - 1).eventTime();
        return new Incident(id, kind, true, group.brand.id(), List.of(group.id), null, null, null, start, end, memberIds,
                ids, List.of(), List.of(new Incident.Phase(group.id, start, end, memberIds, ids)));
    }

    /** Members of the group, none of them staged elsewhere, in random order; they leave the background's pool. */
    private List<Person> distinct(Group group, int count) {
        List<Person> pool = new ArrayList<>(group.members);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Person swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, count));
    }

    private List<Long> sortedSeconds(int count, int spreadSeconds) {
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) random.nextInt(spreadSeconds));
        }
        offsets.sort(null);
        return offsets;
    }

    private Group take(List<Group> free, boolean reserve) {
        Group group = free.remove(random.nextInt(free.size()));
        if (reserve) {
            reserved.add(group);
        }
        return group;
    }

    private boolean fits(Duration end) {
        return !config.bounded() || end.compareTo(config.duration()) <= 0;
    }

    private boolean historyOf(Duration needed) {
        return config.health().history().compareTo(needed) >= 0;
    }
}
