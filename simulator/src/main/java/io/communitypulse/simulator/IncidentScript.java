package io.communitypulse.simulator;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Stages the incidents a detector must find or must ignore, puts their messages on the timeline
 * and returns their ground truth. Uses groups of its own ({@link #reserved()}) so that background
 * traffic neither removes its actors nor adds complaints of its own there.
 */
final class IncidentScript {

    private final SimulatorConfig config;
    private final SplittableRandom random;
    private final EventFactory factory;
    private final TextComposer text;
    private final Timeline timeline;
    private final List<Group> reserved = new ArrayList<>();

    IncidentScript(SimulatorConfig config, SplittableRandom random, EventFactory factory, TextComposer text,
                   Timeline timeline) {
        this.config = config;
        this.random = random;
        this.factory = factory;
        this.text = text;
        this.timeline = timeline;
    }

    List<Group> reserved() {
        return List.copyOf(reserved);
    }

    List<Incident> stage(Community community) {
        List<Incident> incidents = new ArrayList<>();
        Brand cascadeBrand = text.pick(community.catalogue.brands());
        List<Group> brandGroups = community.groupsOf(cascadeBrand);
        Group first = reserve(otherThan(brandGroups, null));
        Group second = reserve(otherThan(brandGroups, first));
        if (fits(config.cascadeAt().plus(config.cascadeSpreadAfter()).plusMinutes(8))) {
            incidents.add(cascade(first, second));
        }
        Group benign = reserve(unreserved(community));
        if (fits(config.benignBurstAt().plusMinutes(5))) {
            incidents.add(benignBurst(benign));
        }
        Group positive = reserve(unreserved(community));
        if (fits(config.positiveWaveAt().plusMinutes(5))) {
            incidents.add(positiveWave(positive));
        }
        return incidents;
    }

    private Incident cascade(Group first, Group second) {
        Brand brand = first.brand;
        Product product = text.pick(brand.products());
        Aspect aspect = brand.kind() == BrandKind.FRESH_FRUIT ? Aspect.QUALITY : Aspect.ALLERGY_SAFETY;
        Instant t0 = config.start().plus(config.cascadeAt());
        List<String> refunds = new ArrayList<>();
        Incident.Phase a = complaintWave(first, product, aspect, t0, 4 + random.nextInt(3), refunds);
        Incident.Phase b = complaintWave(second, product, aspect, t0.plus(config.cascadeSpreadAfter()),
                3 + random.nextInt(2), refunds);
        return incident("cascade-1", Incident.NEGATIVE_CASCADE, true, brand, product, aspect.wireName(),
                List.of(a, b), refunds);
    }

    /** One member complains, then {@code others} distinct members pile on within five minutes. */
    private Incident.Phase complaintWave(Group group, Product product, Aspect aspect, Instant t0, int others,
                                         List<String> refunds) {
        List<Person> people = distinctMembers(group, others + 1);
        Person staff = group.staff.get(0);
        List<ChatMessage> messages = new ArrayList<>();
        boolean atStaff = random.nextBoolean();
        String opening = text.complaint(group.brand, product, aspect, null);
        ChatMessage origin = factory.chat(group, people.get(0), MessageType.TEXT,
                atStaff ? "@" + staff.nickname() + " " + opening : opening, null,
                atStaff ? List.of(staff.id()) : List.of(), t0);
        messages.add(origin);
        List<Long> offsets = sortedOffsets(others, 20, 290);
        for (int i = 0; i < others; i++) {
            Instant at = t0.plusSeconds(offsets.get(i)).plusMillis(random.nextInt(1000));
            // Most pile-ons quote the first complaint; some answer the one before.
            String replyTo = random.nextInt(10) < 7 ? origin.eventId() : messages.get(messages.size() - 1).eventId();
            messages.add(factory.chat(group, people.get(i + 1), MessageType.TEXT,
                    text.pileOn(group.brand, product, aspect, staff.nickname()), replyTo, List.of(), at));
            if (random.nextInt(3) == 0) {
                OrderEvent refund = EventFactory.order(group.brand, factory.newOrderId(), people.get(i + 1),
                        OrderStatus.REFUNDED, List.of(EventFactory.item(product, 1)), group.id, at.plusSeconds(40 + random.nextInt(120)));
                timeline.addScripted(refund);
                refunds.add(refund.eventId());
            }
        }
        messages.forEach(timeline::addScripted);
        // The staff answer comes late, after the pile-on: the situation the operator must be warned of.
        timeline.addScripted(factory.chat(group, staff, MessageType.TEXT,
                text.staffAnswer(people.get(0).nickname(), group.brand, product), origin.eventId(),
                List.of(people.get(0).id()), t0.plusSeconds(300 + random.nextInt(60))));
        return phase(group, messages);
    }

    private Incident benignBurst(Group group) {
        Product product = text.pick(group.brand.products());
        Aspect aspect = text.pick(List.of(Aspect.values()));
        Person ranter = distinctMembers(group, 1).get(0);
        Instant t0 = config.start().plus(config.benignBurstAt());
        int count = 8 + random.nextInt(5);
        List<Long> offsets = sortedOffsets(count - 1, 5, 240);
        List<ChatMessage> messages = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < count; i++) {
            Instant at = i == 0 ? t0 : t0.plusSeconds(offsets.get(i - 1)).plusMillis(random.nextInt(1000));
            ChatMessage m = factory.chat(group, ranter, MessageType.TEXT,
                    text.complaint(group.brand, product, aspect, group.staff.get(0).nickname()),
                    random.nextInt(4) == 0 ? previous : null, List.of(), at);
            messages.add(m);
            previous = m.eventId();
        }
        messages.forEach(timeline::addScripted);
        return incident("benign-burst-1", Incident.BENIGN_BURST, false, group.brand, product, aspect.wireName(),
                List.of(phase(group, messages)), List.of());
    }

    private Incident positiveWave(Group group) {
        Product product = text.pick(group.brand.products());
        List<Person> people = distinctMembers(group, 6 + random.nextInt(3));
        Instant t0 = config.start().plus(config.positiveWaveAt());
        List<ChatMessage> messages = new ArrayList<>();
        ChatMessage origin = factory.chat(group, people.get(0), MessageType.TEXT, text.praise(group.brand, product),
                null, List.of(), t0);
        messages.add(origin);
        List<Long> offsets = sortedOffsets(people.size() - 1, 10, 240);
        for (int i = 1; i < people.size(); i++) {
            Instant at = t0.plusSeconds(offsets.get(i - 1)).plusMillis(random.nextInt(1000));
            messages.add(factory.chat(group, people.get(i), MessageType.TEXT, text.praiseEcho(group.brand, product),
                    random.nextInt(10) < 6 ? origin.eventId() : null, List.of(), at));
        }
        messages.forEach(timeline::addScripted);
        return incident("positive-wave-1", Incident.POSITIVE_WAVE, false, group.brand, product, null,
                List.of(phase(group, messages)), List.of());
    }

    private static Incident incident(String id, String kind, boolean alert, Brand brand, Product product,
                                     String aspect, List<Incident.Phase> phases, List<String> orderEvents) {
        Set<String> members = new LinkedHashSet<>();
        List<String> events = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Incident.Phase phase : phases) {
            members.addAll(phase.memberIds());
            events.addAll(phase.eventIds());
            groups.add(phase.groupId());
        }
        return new Incident(id, kind, alert, brand.id(), groups, product.sku(), product.name(), aspect,
                phases.get(0).start(), phases.get(phases.size() - 1).end(), List.copyOf(members), events,
                orderEvents, phases);
    }

    private static Incident.Phase phase(Group group, List<ChatMessage> messages) {
        List<ChatMessage> sorted = messages.stream()
                .sorted(java.util.Comparator.comparing(ChatMessage::sentAt)).toList();
        Set<String> members = new LinkedHashSet<>();
        sorted.forEach(m -> members.add(m.senderId()));
        return new Incident.Phase(group.id, sorted.get(0).sentAt(), sorted.get(sorted.size() - 1).sentAt(),
                List.copyOf(members), sorted.stream().map(ChatMessage::eventId).toList());
    }

    private List<Person> distinctMembers(Group group, int count) {
        List<Person> pool = new ArrayList<>(group.members);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(pool.size() - i);
            Person swap = pool.get(i);
            pool.set(i, pool.get(j));
            pool.set(j, swap);
        }
        return List.copyOf(pool.subList(0, count));
    }

    private List<Long> sortedOffsets(int count, int minSeconds, int maxSeconds) {
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            offsets.add((long) (minSeconds + random.nextInt(maxSeconds - minSeconds)));
        }
        offsets.sort(null);
        return offsets;
    }

    private boolean fits(Duration end) {
        return !config.bounded() || end.compareTo(config.duration()) <= 0;
    }

    private Group reserve(Group group) {
        reserved.add(group);
        return group;
    }

    private Group otherThan(List<Group> groups, Group taken) {
        Group pick;
        do {
            pick = groups.get(random.nextInt(groups.size()));
        } while (pick == taken || pick.quiet);
        return pick;
    }

    private Group unreserved(Community community) {
        Group pick;
        do {
            pick = community.groups.get(random.nextInt(community.groups.size()));
        } while (reserved.contains(pick) || pick.quiet);
        return pick;
    }
}
