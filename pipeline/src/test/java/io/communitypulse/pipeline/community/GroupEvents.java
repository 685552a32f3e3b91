package io.communitypulse.pipeline.community;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.GroupSnapshot;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MembershipChangeKind;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.events.SnapshotMember;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.timeline.GroupEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Events of one group ({@link Fixtures#GROUP} of {@link Fixtures#BRAND}) at offsets from
 * {@link Fixtures#BASE} (2026-11-23 09:00 in Shanghai), as the group's timeline receives them.
 */
final class GroupEvents {

    static final String BRAND = Fixtures.BRAND;
    static final String GROUP = Fixtures.GROUP;

    private GroupEvents() {}

    static GroupEvent say(String id, String member, String text, Duration at) {
        return message(id, member, SenderRole.MEMBER, text, null, at);
    }

    static GroupEvent reply(String id, String member, String replyTo, Duration at) {
        return message(id, member, SenderRole.MEMBER, "是的", replyTo, at);
    }

    static GroupEvent staff(String id, String staff, Duration at) {
        return message(id, staff, SenderRole.STAFF, "今日福利：满199减30", null, at);
    }

    static GroupEvent bot(String id, String bot, Duration at) {
        return message(id, bot, SenderRole.BOT, "欢迎新朋友", null, at);
    }

    static GroupEvent message(String id, String sender, SenderRole role, String text, String replyTo, Duration at) {
        ChatMessage message = new ChatMessage(id, BRAND, GROUP, sender, role, MessageType.TEXT, text, replyTo, List.of(),
                Fixtures.at(at));
        return GroupEvent.of(Fixtures.neutral(message));
    }

    static GroupEvent join(String member, Duration at) {
        return change(member, MembershipChangeKind.JOIN, at);
    }

    static GroupEvent leave(String member, Duration at) {
        return change(member, MembershipChangeKind.LEAVE, at);
    }

    static GroupEvent removed(String member, Duration at) {
        return change(member, MembershipChangeKind.REMOVED, at);
    }

    static GroupEvent change(String member, MembershipChangeKind kind, Duration at) {
        return GroupEvent.of(new MembershipChange("mc-" + member + "-" + kind.wireName() + "-" + at.toMillis(), BRAND, GROUP,
                member, kind, null, Fixtures.at(at)));
    }

    /** A snapshot listing {@code staff} as staff and everyone in {@code members} as members, all joined long ago. */
    static GroupEvent snapshot(Duration at, List<String> staff, List<String> members) {
        List<SnapshotMember> listed = new ArrayList<>();
        Instant longAgo = Fixtures.BASE.minus(Duration.ofDays(90));
        staff.forEach(id -> listed.add(new SnapshotMember(id, SenderRole.STAFF, longAgo)));
        members.forEach(id -> listed.add(new SnapshotMember(id, SenderRole.MEMBER, longAgo)));
        return GroupEvent.of(new GroupSnapshot("snap-" + at.toMillis(), BRAND, GROUP, "福利群1", staff.isEmpty() ? null : staff.get(0),
                listed, Fixtures.at(at)));
    }

    static GroupEvent tick(Duration at) {
        return GroupEvent.of(new GroupTick(BRAND, GROUP, Fixtures.at(at).toEpochMilli()));
    }

    static List<String> members(String prefix, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(String.format("%s%03d", prefix, i));
        }
        return ids;
    }

    static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    static Duration days(long n) {
        return Duration.ofDays(n);
    }

    static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }
}
