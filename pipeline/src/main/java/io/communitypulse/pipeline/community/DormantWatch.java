package io.communitypulse.pipeline.community;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.communitypulse.events.EventJson;
import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dormant_group}: no member has sent a message for {@link HealthSettings#dormantAfter} while the
 * group still has members (at the end of the day before the rule came true). Judged on the job's event time, which
 * reaches a silent group through its hourly ticks ({@link GroupTicks}), as of a moment old enough that
 * no late event can still change the answer (the allowed lateness and a minute before). The group's silence begins at its last member
 * message, or, when the pipeline never saw one, when it first saw the group. A member speaking again
 * ends the alert with a last revision quoting them.
 */
final class DormantWatch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long DAY = Duration.ofDays(1).toMillis();

    private final long dormantAfterMillis;

    DormantWatch(Duration dormantAfter) {
        this.dormantAfterMillis = dormantAfter.toMillis();
    }

    /** The type's own fields in {@code details}. */
    record Details(long silentDays, long dormantAfterDays, String silentSince, String lastMemberMessageAt, int members,
                   int staffAndBotMessages7d, String revivedAt) {}

    void check(GroupHealthState state, long asOfMillis, ZoneId zone, DetectorOutput out) {
        Quote spokeSince = firstMemberMessageOfOpenDays(state, asOfMillis);
        if (state.dormantAlert != null) {
            if (spokeSince != null && spokeSince.atMillis > state.dormantAlert.firstSeen().toEpochMilli()) {
                out.alert(revived(state, spokeSince, zone));
                state.dormantAlert = null;
            }
            return;
        }
        long silentSince = state.lastMemberMessage != null ? state.lastMemberMessage.atMillis : state.firstSeenAt;
        if (spokeSince != null || silentSince == RosterMember.UNKNOWN || asOfMillis - silentSince < dormantAfterMillis) {
            return;
        }
        // what the alert says is what held when the rule came true, whichever tick or event finds it
        int dayBefore = DayBook.dayOf(silentSince + dormantAfterMillis, zone) - 1;
        int members = membersAtEndOf(state, dayBefore);
        if (members <= 0) {
            return;
        }
        state.dormantAlert = raised(state, silentSince, members, staffAndBotMessages(state.closedDays, dayBefore), zone)
                .revision(1, AlertState.OPEN);
        out.alert(state.dormantAlert);
    }

    private GroupAlert raised(GroupHealthState state, long silentSince, int members, int broadcast, ZoneId zone) {
        Quote last = state.lastMemberMessage;
        long days = dormantAfterMillis / DAY;
        String since = last == null
                ? "自 " + GroupAlert.when(silentSince, zone) + " 首次看到此群起没有成员发言"
                : "最后一条成员消息 " + GroupAlert.when(silentSince, zone) + "：“" + last.text + "”";
        String sinceEn = last == null
                ? "no member has spoken since the pipeline first saw it on " + GroupAlert.when(silentSince, zone)
                : "the last member message was on " + GroupAlert.when(silentSince, zone) + ": “" + last.text + "”";
        String summary = "群 " + name(state) + " 已 " + days + " 天没有成员发言，仍有 " + members + " 位成员（" + since
                + "；近 7 天员工和机器人发了 " + broadcast + " 条） | No member has spoken in group " + state.groupId
                + " for " + days + " days while it still has " + members + " members (threshold "
                + dormantAfterMillis / DAY + " days); " + sinceEn + "; staff and bots sent " + broadcast
                + " messages in the last 7 days";
        List<AlertEvidence> evidence = last == null ? List.of() : List.of(last.evidence());
        return new GroupAlert(AlertType.DORMANT_GROUP, state.brandId, state.groupId, Long.toString(silentSince),
                severity(members), summary, silentSince, silentSince + dormantAfterMillis, silentSince + dormantAfterMillis,
                last == null ? List.of() : List.of(last.senderId), evidence,
                new Details(days, dormantAfterMillis / DAY, instant(silentSince), last == null ? null : instant(last.atMillis),
                        members, broadcast, null));
    }

    private Alert revived(GroupHealthState state, Quote revival, ZoneId zone) {
        Alert open = state.dormantAlert;
        long silentSince = open.firstSeen().toEpochMilli();
        long days = (revival.atMillis - silentSince) / DAY;
        List<AlertEvidence> evidence = new ArrayList<>(open.evidence());
        evidence.add(revival.evidence());
        List<String> members = new ArrayList<>(open.memberIds());
        if (!members.contains(revival.senderId)) {
            members.add(revival.senderId);
        }
        String summary = "群 " + name(state) + " 沉寂 " + days + " 天后有成员发言了：“" + revival.text + "”（"
                + GroupAlert.when(revival.atMillis, zone) + "） | Group " + state.groupId + " is alive again: a member spoke after "
                + days + " days of silence on " + GroupAlert.when(revival.atMillis, zone) + ": “" + revival.text + "”";
        Details before = detailsOf(open);
        return new GroupAlert(AlertType.DORMANT_GROUP, state.brandId, state.groupId, Long.toString(silentSince),
                open.severity(), summary, silentSince, revival.atMillis, open.detectedAt().toEpochMilli(), members, evidence,
                new Details(days, dormantAfterMillis / DAY, instant(silentSince), before.lastMemberMessageAt(),
                        before.members(), before.staffAndBotMessages7d(), instant(revival.atMillis)))
                .after(open, AlertState.ENDED);
    }

    /** The first member message of the open days up to {@code asOfMillis}: all of them have arrived by then. */
    private static Quote firstMemberMessageOfOpenDays(GroupHealthState state, long asOfMillis) {
        for (DayTally day : state.days) {
            if (day.firstMemberMessage != null && day.firstMemberMessage.atMillis <= asOfMillis) {
                return day.firstMemberMessage;
            }
        }
        return null;
    }

    /** Staff and bot messages of the seven closed days up to {@code lastDay}. */
    private static int staffAndBotMessages(List<DaySummary> closedDays, int lastDay) {
        int messages = 0;
        for (DaySummary day : closedDays) {
            if (day.day <= lastDay && day.day > lastDay - DayFigures.ACTIVE_DAYS) {
                messages += day.staffMessages + day.botMessages;
            }
        }
        return messages;
    }

    /** Members at the end of a closed day the state still has; else at the end of the last closed day. */
    private static int membersAtEndOf(GroupHealthState state, int day) {
        for (DaySummary closed : state.closedDays) {
            if (closed.day == day) {
                return closed.members;
            }
        }
        return state.membersAtLastClose;
    }

    /** 4 for a small group, 5 from 50 members, 6 from 200: the more people a dead group still holds, the more it matters. */
    static int severity(int members) {
        return members >= 200 ? 6 : members >= 50 ? 5 : 4;
    }

    static String name(GroupHealthState state) {
        return state.groupName.isEmpty() ? state.groupId : state.groupName + "（" + state.groupId + "）";
    }

    private static Details detailsOf(Alert alert) {
        try {
            return EventJson.mapper().readValue(alert.details(), Details.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot read the details of " + alert.alertId(), e);
        }
    }

    private static String instant(long millis) {
        return java.time.Instant.ofEpochMilli(millis).toString();
    }
}
