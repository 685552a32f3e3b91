package io.communitypulse.pipeline.community;

import io.communitypulse.events.alert.AlertEvidence;
import io.communitypulse.events.alert.AlertState;
import io.communitypulse.events.alert.AlertType;
import io.communitypulse.pipeline.timeline.DetectorOutput;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * {@code early_exits} ({@link EarlyExitRule}): judged at each join and leave and whenever a join drops
 * out of the period. Opened when the share of new members who left within the horizon reaches the
 * threshold, grown with each further early leaver, ended when the share falls below three quarters
 * of it or the period's joins become too few. It is
 * compared with the threshold and with the group's own share in the period before.
 */
final class EarlyExitWatch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An open alert ends when the share falls below this part of the threshold. */
    static final double ENDS_BELOW = 0.75;

    private final EarlyExitRule rule;

    EarlyExitWatch(EarlyExitRule rule) {
        this.rule = rule;
    }

    /** The type's own fields in {@code details}. */
    record Details(int joins, int earlyExits, double share, double thresholdShare, int minJoins, long horizonHours,
                   long periodDays, int previousPeriodJoins, Double previousPeriodShare) {}

    void evaluate(ExitState state, long nowMillis, DetectorOutput out) {
        long period = rule.period().toMillis();
        List<RecentJoin> joins = joinedWithin(state, nowMillis - period, nowMillis);
        List<RecentJoin> early = joins.stream()
                .filter(j -> j.leftWithin(rule.horizon().toMillis()) && j.leftAtMillis <= nowMillis).toList();
        boolean enough = joins.size() >= rule.minJoins();
        boolean firing = enough && early.size() >= rule.share() * joins.size();
        // an open alert ends only well below the threshold: one more join must not make it flap
        boolean over = !enough || early.size() < ENDS_BELOW * rule.share() * joins.size();
        if (state.earlyExits != null && !firing && !over) {
            return;
        }
        if (!firing) {
            if (state.earlyExits != null) {
                out.alert(draft(state.brandId, state.groupId, state, joins, early, nowMillis).after(state.earlyExits, AlertState.ENDED));
                state.earlyExits = null;
            }
            return;
        }
        if (state.earlyExits == null) {
            state.earlyExits = draft(state.brandId, state.groupId, state, joins, early, nowMillis).revision(1, AlertState.OPEN);
        } else if (early.size() > state.earlyExitsAlerted) {
            state.earlyExits = draft(state.brandId, state.groupId, state, joins, early, nowMillis).after(state.earlyExits, AlertState.GROWING);
        } else {
            return;
        }
        state.earlyExitsAlerted = early.size();
        out.alert(state.earlyExits);
    }

    /** When the next join drops out of the period after {@code nowMillis} (the share may change then), or never. */
    long nextChange(ExitState state, long nowMillis) {
        long period = rule.period().toMillis();
        for (RecentJoin join : state.joins) {
            if (join.atMillis + period > nowMillis) {
                return join.atMillis + period;
            }
        }
        return Long.MAX_VALUE;
    }

    /** Joins are kept for two periods: the one judged and the one before, its baseline. */
    long keepJoinsFrom(long nowMillis) {
        return nowMillis - 2 * rule.period().toMillis();
    }

    private GroupAlert draft(String brandId, String groupId, ExitState state, List<RecentJoin> joins,
                             List<RecentJoin> early, long nowMillis) {
        long period = rule.period().toMillis();
        List<RecentJoin> before = joinedWithin(state, nowMillis - 2 * period, nowMillis - period);
        long beforeEarly = before.stream().filter(j -> j.leftWithin(rule.horizon().toMillis())).count();
        Double beforeShare = before.isEmpty() ? null : MassExitWatch.round(beforeEarly / (double) before.size(), 3);
        double share = joins.isEmpty() ? 0 : early.size() / (double) joins.size();
        Details details = new Details(joins.size(), early.size(), MassExitWatch.round(share, 3), rule.share(),
                rule.minJoins(), rule.horizon().toHours(), rule.period().toDays(), before.size(), beforeShare);
        String previous = beforeShare == null ? "" : "；之前 7 天为 " + GroupAlert.percent(beforeShare);
        String previousEn = beforeShare == null ? "" : "; the period before: " + GroupAlert.percent(beforeShare);
        String summary = "群 " + groupId + " 近 " + details.periodDays() + " 天新入群的 " + joins.size() + " 人中有 "
                + early.size() + " 人（" + GroupAlert.percent(share) + "）在入群 " + details.horizonHours() + " 小时内退群（阈值 "
                + GroupAlert.percent(rule.share()) + previous + "） | " + early.size() + " of the " + joins.size()
                + " members who joined group " + groupId + " in the last " + details.periodDays() + " days left within "
                + details.horizonHours() + " h of joining (" + GroupAlert.percent(share) + "; threshold "
                + GroupAlert.percent(rule.share()) + previousEn + ")";
        long lastLeft = early.stream().mapToLong(j -> j.leftAtMillis).max().orElse(nowMillis);
        long firstJoin = joins.isEmpty() ? nowMillis : joins.get(0).atMillis;
        List<AlertEvidence> evidence = early.stream()
                .sorted(java.util.Comparator.comparingLong((RecentJoin j) -> j.leftAtMillis))
                .map(j -> new AlertEvidence(j.leaveEventId, "入群 " + stay(j) + " 后退群 | left " + stay(j) + " after joining",
                        j.memberId, Instant.ofEpochMilli(j.leftAtMillis)))
                .toList();
        return new GroupAlert(AlertType.EARLY_EXITS, brandId, groupId, Long.toString(nowMillis),
                share >= 0.5 ? 6 : 5, summary, firstJoin, lastLeft, nowMillis,
                early.stream().map(j -> j.memberId).distinct().toList(), evidence, details);
    }

    private static List<RecentJoin> joinedWithin(ExitState state, long afterMillis, long untilMillis) {
        return state.joins.stream().filter(j -> j.atMillis > afterMillis && j.atMillis <= untilMillis).toList();
    }

    private static String stay(RecentJoin join) {
        long minutes = (join.leftAtMillis - join.atMillis) / 60_000;
        return minutes >= 60 ? minutes / 60 + " h " + minutes % 60 + " min" : minutes + " min";
    }
}
