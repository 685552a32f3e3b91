package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code broadcast_only}: judged as each day closes, over that day and the ones before it
 * ({@link BroadcastRule#days()}): enough messages, almost all of them staff's and bots', and only a
 * few distinct members speaking. Only a group seen for the whole period is judged. The alert ends
 * with a last revision on the first closed day the group clearly talks again ({@link BroadcastRule#talksAgain}).
 */
final class BroadcastWatch implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BroadcastRule rule;

    BroadcastWatch(BroadcastRule rule) {
        this.rule = rule;
    }

    /** The type's own fields in {@code details}. */
    record Details(int days, int messages, int staffMessages, int botMessages, int memberMessages, double staffShare,
                   int distinctMemberSpeakers, int members, int minMessages, double staffShareThreshold, int maxSpeakers,
                   double typicalStaffShare) {}

    /** @param speakers the members in the group at the day's end who spoke in the period, by id */
    void check(GroupHealthState state, List<String> speakers, ZoneId zone, DetectorOutput out) {
        List<DaySummary> period = period(state);
        if (period == null) {
            return;
        }
        Details details = details(period, speakers.size());
        boolean broadcastOnly = details.messages >= rule.minMessages() && details.staffShare >= rule.staffShare()
                && details.distinctMemberSpeakers <= rule.maxSpeakers();
        if (broadcastOnly && state.broadcastAlert == null) {
            state.broadcastAlert = alert(state, period, details, speakers, zone).revision(1, AlertState.OPEN);
            out.alert(state.broadcastAlert);
        } else if (state.broadcastAlert != null && rule.talksAgain(details.staffShare, details.distinctMemberSpeakers)) {
            out.alert(alert(state, period, details, speakers, zone).after(state.broadcastAlert, AlertState.ENDED));
            state.broadcastAlert = null;
        }
    }

    /** The last closed days, when they are consecutive and the group was seen from the first one's start. */
    private List<DaySummary> period(GroupHealthState state) {
        List<DaySummary> closed = state.closedDays;
        if (closed.size() < rule.days()) {
            return null;
        }
        List<DaySummary> period = closed.subList(closed.size() - rule.days(), closed.size());
        DaySummary first = period.get(0);
        boolean consecutive = period.get(period.size() - 1).day - first.day == rule.days() - 1;
        return consecutive && state.firstSeenAt <= first.startMillis ? period : null;
    }

    private Details details(List<DaySummary> period, int speakers) {
        int staff = 0;
        int bots = 0;
        int members = 0;
        for (DaySummary day : period) {
            staff += day.staffMessages;
            bots += day.botMessages;
            members += day.memberMessages;
        }
        int messages = staff + bots + members;
        double share = messages == 0 ? 0 : (staff + bots) / (double) messages;
        return new Details(rule.days(), messages, staff, bots, members, Math.round(share * 1000) / 1000.0, speakers,
                period.get(period.size() - 1).members, rule.minMessages(), rule.staffShare(), rule.maxSpeakers(),
                BroadcastRule.TYPICAL_STAFF_SHARE);
    }

    private GroupAlert alert(GroupHealthState state, List<DaySummary> period, Details details, List<String> speakers,
                             ZoneId zone) {
        DaySummary first = period.get(0);
        DaySummary last = period.get(period.size() - 1);
        long end = DayBook.startOf(last.day + 1, zone);
        String share = GroupAlert.percent(details.staffShare);
        String summary = "群 " + DormantWatch.name(state) + " 近 " + rule.days() + " 天的 " + details.messages + " 条消息中 "
                + share + " 来自员工和机器人，只有 " + details.distinctMemberSpeakers + " 位成员发言（一般的群约 "
                + GroupAlert.percent(BroadcastRule.TYPICAL_STAFF_SHARE) + "） | In group " + state.groupId + ", " + share
                + " of the " + details.messages + " messages of the last " + rule.days()
                + " days came from staff and bots and only " + details.distinctMemberSpeakers + " of its " + details.members
                + " members spoke (a typical group: about " + GroupAlert.percent(BroadcastRule.TYPICAL_STAFF_SHARE)
                + "; threshold " + GroupAlert.percent(rule.staffShare()) + " and at most " + rule.maxSpeakers()
                + " speakers): a notice board";
        List<AlertEvidence> evidence = new ArrayList<>();
        for (DaySummary day : period) {
            evidence.add(new AlertEvidence("day:" + LocalDate.ofEpochDay(day.day), "员工 " + day.staffMessages + " · 机器人 "
                    + day.botMessages + " · 成员 " + day.memberMessages + " | staff " + day.staffMessages + ", bots "
                    + day.botMessages + ", members " + day.memberMessages, "", Instant.ofEpochMilli(day.startMillis)));
        }
        return new GroupAlert(AlertType.BROADCAST_ONLY, state.brandId, state.groupId, Long.toString(first.startMillis), 4,
                summary, first.startMillis, end, end, speakers, evidence, details);
    }
}
