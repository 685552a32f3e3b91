package io.communitypulse.simulator;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.OrderItem;
import io.communitypulse.events.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The everyday life of the groups: at each tick one thing happens somewhere (a question, praise,
 * chit-chat, a sticker, a promotion, an ad, a join, an order...) and may schedule its follow-ups
 * (a staff answer, a removal, a refund) on the timeline. Background complaints stay isolated, at
 * most one per group per quarter hour, so that only the scripted incidents look like cascades; so do
 * background leaves, so that only the staged mass exits look like one.
 */
final class BackgroundTraffic {

    private static final Duration COMPLAINT_COOLDOWN = Duration.ofMinutes(15);
    /** At most 4 leaves an hour per group: fewer than a mass exit takes, so only the staged one is one. */
    private static final Duration LEAVE_COOLDOWN = Duration.ofMinutes(15);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Community community;
    private final List<Group> reserved;
    private final SplittableRandom random;
    private final EventFactory factory;
    private final TextComposer text;
    private final Timeline timeline;

    BackgroundTraffic(Community community, List<Group> reserved, SplittableRandom random, EventFactory factory,
                      TextComposer text, Timeline timeline) {
        this.community = community;
        this.reserved = List.copyOf(reserved);
        this.random = random;
        this.factory = factory;
        this.text = text;
        this.timeline = timeline;
    }

    /** Makes one thing happen at {@code now}. */
    void step(Instant now) {
        Group group = pickGroup();
        int roll = random.nextInt(1000);
        if (roll < 70) {
            order(group, now);
        } else if (roll < 110) {
            join(group, now);
        } else if (roll < 130) {
            leave(group, now);
        } else if (roll < 150) {
            spam(group, now);
        } else if (roll < 300 || group.quiet || group.membersSilentAt(now)) {
            staffPost(group, now);
        } else if (roll < 320) {
            chat(group, group.bot, MessageType.SYSTEM, text.notice(), null, List.of(), now);
        } else {
            memberPost(group, now, roll);
        }
    }

    private void memberPost(Group group, Instant now, int roll) {
        Person member = pickMember(group);
        Brand brand = group.brand;
        Product product = text.pick(brand.products());
        Person staff = text.pick(group.staff);
        if (roll < 440) {
            String q = text.question(brand, product, staff.nickname());
            boolean atStaff = q.contains("@") || random.nextInt(5) == 0;
            String body = atStaff && !q.contains("@") ? "@" + staff.nickname() + " " + q : q;
            ChatMessage m = chat(group, member, MessageType.TEXT, body, null,
                    atStaff ? List.of(staff.id()) : List.of(), now);
            group.remember(new Group.Posted(m.eventId(), member, product.name(), true));
            // A quarter of questions are never answered: the health metric must see them.
            if (random.nextInt(4) != 0) {
                answer(group, staff, member, m, product, now.plusSeconds(15 + random.nextInt(360)));
            }
        } else if (roll < 540) {
            ChatMessage m = chat(group, member, MessageType.TEXT, text.praise(brand, product), null, List.of(), now);
            group.remember(new Group.Posted(m.eventId(), member, product.name(), false));
        } else if (roll < 565 && !reserved.contains(group)
                && !now.isBefore(group.lastComplaint.plus(COMPLAINT_COOLDOWN))) {
            complaint(group, member, product, staff, now);
        } else if (roll < 700 && !group.recent().isEmpty()) {
            Group.Posted target = text.pick(group.recent());
            String reply = target.sender().equals(member) ? text.chitChat()
                    : (random.nextBoolean() ? "@" + target.sender().nickname() + " " : "") + text.chitChat();
            chat(group, member, MessageType.TEXT, reply, target.eventId(), List.of(), now);
        } else if (roll < 820) {
            ChatMessage m = chat(group, member, MessageType.TEXT, text.chitChat(), null, List.of(), now);
            group.remember(new Group.Posted(m.eventId(), member, null, false));
        } else if (roll < 880) {
            chat(group, member, MessageType.IMAGE, null, null, List.of(), now);
        } else if (roll < 930) {
            if (random.nextBoolean()) {
                chat(group, member, MessageType.EMOJI, random.nextBoolean() ? null : "[动画表情]", null, List.of(), now);
            } else {
                chat(group, member, MessageType.TEXT, text.emoticons(), null, List.of(), now);
            }
        } else if (roll < 960) {
            chat(group, member, MessageType.VOICE, null, null, List.of(), now);
        } else if (roll < 975) {
            chat(group, member, MessageType.VIDEO, null, null, List.of(), now);
        } else {
            chat(group, member, MessageType.MINI_PROGRAM, brand.displayName() + "商城 | " + product.name() + " 分享给你",
                    null, List.of(), now);
        }
    }

    private void complaint(Group group, Person member, Product product, Person staff, Instant now) {
        group.lastComplaint = now;
        Aspect aspect = text.pick(List.of(Aspect.values()));
        ChatMessage m = chat(group, member, MessageType.TEXT,
                text.complaint(group.brand, product, aspect, staff.nickname()), null, List.of(), now);
        group.remember(new Group.Posted(m.eventId(), member, product.name(), true));
        if (random.nextInt(6) == 0) {
            // At most one echo: two voices are a grumble, not yet a cascade.
            Person other = pickMember(group);
            if (!other.equals(member)) {
                timeline.add(factory.chat(group, other, MessageType.TEXT,
                        text.pileOn(group.brand, product, aspect, staff.nickname()), m.eventId(), List.of(),
                        now.plusSeconds(20 + random.nextInt(200))));
            }
        }
        if (random.nextInt(10) < 6) {
            answer(group, staff, member, m, product, now.plusSeconds(30 + random.nextInt(600)));
        }
    }

    private void answer(Group group, Person staff, Person member, ChatMessage question, Product product, Instant at) {
        timeline.add(factory.chat(group, staff, MessageType.TEXT, text.staffAnswer(member.nickname(), group.brand, product),
                question.eventId(), List.of(member.id()), at));
    }

    private void staffPost(Group group, Instant now) {
        Person staff = text.pick(group.staff);
        Product product = text.pick(group.brand.products());
        int hour = now.atOffset(CHINA).getHour();
        int roll = random.nextInt(100);
        if (roll < 12 && (hour >= 7 && hour < 10 || random.nextInt(30) == 0)) {
            // Mostly in the morning; now and then at 5 pm, the operator mistake the domain warns of.
            chat(group, staff, MessageType.TEXT, text.goodMorning(), null, List.of(), now);
        } else if (roll < 55) {
            chat(group, staff, MessageType.TEXT, text.promotion(group.brand, product), null, List.of(), now);
        } else if (roll < 70) {
            chat(group, staff, MessageType.LINK, text.promotion(group.brand, product)
                    + " https://mp.weixin.qq.com/s/" + group.brand.id() + "-" + product.sku(), null, List.of(), now);
        } else if (roll < 85) {
            chat(group, staff, MessageType.MINI_PROGRAM, group.brand.displayName() + "商城 | " + product.name()
                    + " 群内专享价", null, List.of(), now);
        } else if (roll < 93) {
            chat(group, staff, MessageType.RED_PACKET, text.pick(List.of("恭喜发财，大吉大利", "手气红包，拼手速", "感谢大家支持🧧")),
                    null, List.of(), now);
            if (!group.quiet && !group.membersSilentAt(now)) {
                timeline.add(factory.chat(group, pickMember(group), MessageType.TEXT,
                        text.pick(List.of("谢谢老板[抱拳]", "谢谢群主[玫瑰]", "抢到了哈哈", "手慢了[捂脸]", "谢谢红包🧧")),
                        null, List.of(), now.plusSeconds(3 + random.nextInt(40))));
            }
        } else {
            chat(group, staff, MessageType.IMAGE, null, null, List.of(), now);
        }
    }

    private void spam(Group group, Instant now) {
        if (group.membersSilentAt(now)) {
            staffPost(group, now);
            return;
        }
        Person spammer = pickMember(group);
        chat(group, spammer, random.nextInt(4) == 0 ? MessageType.LINK : MessageType.TEXT,
                text.spam(group.brand, text.pick(group.brand.products())), null, List.of(), now);
        if (!reserved.contains(group) && random.nextInt(10) < 6 && group.members.size() > 10) {
            // Anti-harassment: the spammer is removed by staff a little later.
            group.members.remove(spammer);
            timeline.add(factory.membership(group, spammer, MembershipChangeKind.REMOVED, group.staff.get(0),
                    now.plusSeconds(20 + random.nextInt(120))));
        }
    }

    private void join(Group group, Instant now) {
        Person member = community.newMember(group.brand, random);
        group.members.add(member);
        group.joinedAt.put(member.id(), now);
        Person operator = random.nextInt(3) == 0 ? text.pick(group.staff) : null;
        timeline.add(factory.membership(group, member, MembershipChangeKind.JOIN, operator, now));
        if (random.nextInt(10) < 7) {
            chat(group, group.bot, MessageType.TEXT, text.welcome(member.nickname(), group.name), null,
                    List.of(member.id()), now.plusSeconds(1 + random.nextInt(5)));
        }
    }

    private void leave(Group group, Instant now) {
        if (reserved.contains(group) || group.members.size() <= 10 || now.isBefore(group.lastLeave.plus(LEAVE_COOLDOWN))) {
            return;
        }
        group.lastLeave = now;
        Person member = group.members.remove(random.nextInt(group.members.size()));
        timeline.add(factory.membership(group, member, MembershipChangeKind.LEAVE, null, now));
    }

    private void order(Group group, Instant now) {
        Brand brand = group.brand;
        Person customer = pickMember(group);
        int lines = 1 + (random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2));
        List<Product> products = new ArrayList<>(brand.products());
        List<OrderItem> items = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            Product p = products.remove(random.nextInt(products.size()));
            items.add(EventFactory.item(p, 1 + (random.nextInt(4) == 0 ? random.nextInt(3) + 1 : 0)));
        }
        String groupId = random.nextInt(10) < 7 ? group.id : null; // bought from a group campaign, or elsewhere
        String orderId = factory.newOrderId();
        timeline.add(EventFactory.order(brand, orderId, customer, OrderStatus.PAID, items, groupId, now));
        int fate = random.nextInt(100);
        if (fate < 5) {
            timeline.add(EventFactory.order(brand, orderId, customer, OrderStatus.REFUNDED, items, groupId,
                    now.plusSeconds(60 + random.nextInt(900))));
        } else if (fate < 8) {
            timeline.add(EventFactory.order(brand, orderId, customer, OrderStatus.CANCELLED, items, groupId,
                    now.plusSeconds(10 + random.nextInt(240))));
        }
    }

    private ChatMessage chat(Group group, Person sender, MessageType type, String body, String replyTo,
                             List<String> mentions, Instant at) {
        ChatMessage m = factory.chat(group, sender, type, body, replyTo, mentions, at);
        timeline.add(m);
        return m;
    }

    private Group pickGroup() {
        while (true) {
            Group g = community.groups.get(random.nextInt(community.groups.size()));
            if (random.nextInt(5) < g.activity) {
                return g;
            }
        }
    }

    /** Core members (the first tenth) speak 70% of the time: a few talk, most lurk. */
    private Person pickMember(Group group) {
        List<Person> members = group.members;
        int core = Math.max(1, members.size() / 10);
        return random.nextInt(10) < 7 ? members.get(random.nextInt(core)) : members.get(random.nextInt(members.size()));
    }
}
