package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code mass_exit} ({@link MassExitRule}): opened by the leave that brings the leaves of the last
 * window to the threshold, grown by each further leave within a window of the one before, ended
 * when a window passes without one (on the group's next tick). Incited when members urged others to leave or stop buying from
 * the lookback before its first leave on; the alert quotes them.
 */
final class MassExitWatch implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long DAY = 86_400_000L;
    private static final int MAX_URGING_EVIDENCE = 20;

    private final MassExitRule rule;

    MassExitWatch(MassExitRule rule) {
        this.rule = rule;
    }

    /** The type's own fields in {@code details}. */
    record Details(int leaves, long minutes, long windowMinutes, double baselineLeavesPerDay, double baselineDays,
                   double expectedInWindow, double factor, int minLeaves, int threshold, boolean incited,
                   List<String> urgingMemberIds, Integer membersBefore) {}

    /** @param leave the newest of {@code state.leaves} */
    void onLeave(ExitState state, RecentLeave leave, DetectorOutput out) {
        long window = rule.window().toMillis();
        if (state.massExit != null) {
            if (leave.atMillis - state.massExitLastLeave <= window) {
                state.massExitLastLeave = leave.atMillis;
                state.massExit = draft(state.brandId, state.groupId, state).after(state.massExit, AlertState.GROWING);
                out.alert(state.massExit);
                return;
            }
            end(state, out);
        }
        long windowStart = leave.atMillis - window;
        List<RecentLeave> inWindow = state.leaves.stream()
                .filter(l -> l.atMillis > windowStart && l.atMillis <= leave.atMillis).toList();
        ExitBaseline baseline = baseline(state, windowStart, inWindow.size());
        if (inWindow.size() < baseline.threshold) {
            return;
        }
        state.massExitFirstLeave = inWindow.get(0).atMillis;
        state.massExitLastLeave = leave.atMillis;
        state.massExitBaseline = baseline;
        state.massExit = draft(state.brandId, state.groupId, state).revision(1, AlertState.OPEN);
        out.alert(state.massExit);
    }

    void onTime(ExitState state, long nowMillis, DetectorOutput out) {
        if (state.massExit != null && nowMillis >= state.massExitLastLeave + rule.window().toMillis()) {
            end(state, out);
        }
    }

    /** Keeps the leaves and messages the baseline and an open alert still need. */
    long keepFrom(ExitState state, long nowMillis) {
        long baselineStart = nowMillis - rule.window().toMillis() - rule.baselineDays() * DAY;
        return state.massExit == null ? baselineStart : Math.min(baselineStart, state.massExitFirstLeave - rule.urgingLookback().toMillis());
    }

    long keepUrgingFrom(ExitState state, long nowMillis) {
        long lookback = nowMillis - rule.window().toMillis() - rule.urgingLookback().toMillis();
        return state.massExit == null ? lookback : Math.min(lookback, state.massExitFirstLeave - rule.urgingLookback().toMillis());
    }

    private void end(ExitState state, DetectorOutput out) {
        out.alert(state.massExit.withState(state.massExit.revision() + 1, AlertState.ENDED, List.of()));
        state.massExit = null;
        state.massExitBaseline = null;
    }

    /** The group's own rate of leaves in the days before the window, never below the floor. */
    private ExitBaseline baseline(ExitState state, long windowStart, int leftInWindow) {
        long from = Math.max(windowStart - rule.baselineDays() * DAY, state.observedSince);
        long before = state.leaves.stream().filter(l -> l.atMillis <= windowStart && l.atMillis > from).count();
        double days = Math.max(1.0, (windowStart - from) / (double) DAY);
        double perDay = Math.max(rule.floorPerDay(), before / days);
        double expected = perDay * rule.window().toMillis() / DAY;
        int threshold = Math.max(rule.minLeaves(), (int) Math.ceil(rule.factor() * expected));
        return new ExitBaseline(perDay, days, expected, threshold, state.members < 0 ? -1 : state.members + leftInWindow);
    }

    private GroupAlert draft(String brandId, String groupId, ExitState state) {
        long first = state.massExitFirstLeave;
        long last = state.massExitLastLeave;
        List<RecentLeave> leaves = state.leaves.stream().filter(l -> l.atMillis >= first && l.atMillis <= last).toList();
        List<Quote> urging = state.urging.stream()
                .filter(q -> q.atMillis >= first - rule.urgingLookback().toMillis() && q.atMillis <= last).toList();
        List<String> leavers = leaves.stream().map(l -> l.memberId).distinct().toList();
        List<String> urgers = urging.stream().map(q -> q.senderId).distinct().toList();
        ExitBaseline baseline = state.massExitBaseline;
        long minutes = Math.max(1, Math.round((last - first) / 60_000.0));
        Details details = new Details(leaves.size(), minutes, rule.window().toMinutes(), round(baseline.leavesPerDay, 3),
                round(baseline.days, 1), round(baseline.expected, 3), rule.factor(), rule.minLeaves(), baseline.threshold,
                !urging.isEmpty(), urgers, baseline.membersBefore < 0 ? null : baseline.membersBefore);
        return new GroupAlert(AlertType.MASS_EXIT, brandId, groupId, Long.toString(first),
                severity(leaves.size(), !urging.isEmpty()), summary(groupId, details, urging),
                urging.isEmpty() ? first : Math.min(first, urging.get(0).atMillis), last, first, leavers,
                evidence(leaves, urging), details);
    }

    private static String summary(String groupId, Details d, List<Quote> urging) {
        String rate = String.valueOf(round(d.baselineLeavesPerDay(), 1));
        String of = d.membersBefore() == null ? "" : "（约 " + d.membersBefore() + " 人中）";
        String ofEn = d.membersBefore() == null ? "" : " (of about " + d.membersBefore() + ")";
        String quote = urging.isEmpty() ? "" : "“" + urging.get(0).text + "”";
        return d.leaves() + " 位成员" + of + "在 " + d.minutes() + " 分钟内退出群 " + groupId + "（平时约每天 " + rate
                + " 人，阈值 " + d.threshold() + " 人/" + d.windowMinutes() + " 分钟）"
                + (urging.isEmpty() ? "，群里没有人带节奏" : "，退群前有成员带节奏：" + quote)
                + " | " + d.leaves() + " members" + ofEn + " left group " + groupId + " within " + d.minutes()
                + " min (normally about " + rate + " a day; threshold " + d.threshold() + " in " + d.windowMinutes() + " min)"
                + (urging.isEmpty() ? "; nobody urged it in the chat" : "; members urged others to leave just before: " + quote);
    }

    private static List<AlertEvidence> evidence(List<RecentLeave> leaves, List<Quote> urging) {
        List<AlertEvidence> evidence = new ArrayList<>();
        urging.stream().limit(MAX_URGING_EVIDENCE).forEach(q -> evidence.add(q.evidence()));
        for (RecentLeave leave : leaves) {
            evidence.add(leave.evidence("退群 | left the group"));
        }
        evidence.sort(Comparator.comparing(AlertEvidence::sentAt));
        return evidence;
    }

    /** 5 for a bare mass exit, more for more members, 2 more when members were urged to go. */
    static int severity(int leaves, boolean incited) {
        return Math.min(10, 5 + (leaves >= 10 ? 2 : leaves >= 7 ? 1 : 0) + (incited ? 2 : 0));
    }

    static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
