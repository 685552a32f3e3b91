package io.communitypulse.pipeline.community;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.util.MultipleParameterTool;

/**
 * Community health: rosters, daily health rows and the mass_exit, early_exits, dormant_group and
 * broadcast_only alerts. From {@code flink run} arguments (all optional):
 * <pre>
 *   --no-community-health          leave the whole feature out of the job
 *   --health-zone ZONE             the zone of a brand's days (default Asia/Shanghai)
 *   --brand-zone BRAND=ZONE        another zone for one brand (repeatable)
 *   --dormant-days N               no member message for N days is dormant (default 14)
 *   --mass-exit-window-min N       --mass-exit-min-leaves N   --mass-exit-factor X   (60, 5, 10)
 *   --early-exit-share X           --early-exit-min-joins N                          (0.3, 10)
 *   --broadcast-staff-share X      --broadcast-max-speakers N                        (0.9, 3)
 * </pre>
 */
public record HealthSettings(boolean enabled, ZoneId zone, Map<String, ZoneId> brandZones, Duration dormantAfter,
                             MassExitRule massExit, EarlyExitRule earlyExits, BroadcastRule broadcastOnly,
                             HealthTiming timing) implements Serializable {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final HealthSettings DEFAULT = new HealthSettings(true, CHINA, Map.of(), Duration.ofDays(14),
            MassExitRule.DEFAULT, EarlyExitRule.DEFAULT, BroadcastRule.DEFAULT, HealthTiming.DEFAULT);

    public HealthSettings {
        brandZones = Map.copyOf(brandZones);
    }

    /** The zone whose midnight ends a day of this brand. */
    public ZoneId zoneOf(String brandId) {
        return brandZones.getOrDefault(brandId, zone);
    }

    public static HealthSettings fromArgs(MultipleParameterTool params) {
        Map<String, ZoneId> brandZones = new HashMap<>();
        if (params.has("brand-zone")) {
            for (String pair : params.getMultiParameter("brand-zone")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalArgumentException("--brand-zone wants BRAND=ZONE, e.g. yunshui=Asia/Shanghai, got " + pair);
                }
                brandZones.put(pair.substring(0, equals), ZoneId.of(pair.substring(equals + 1)));
            }
        }
        MassExitRule mass = DEFAULT.massExit;
        EarlyExitRule early = DEFAULT.earlyExits;
        BroadcastRule broadcast = DEFAULT.broadcastOnly;
        return new HealthSettings(!params.has("no-community-health"),
                ZoneId.of(params.get("health-zone", DEFAULT.zone.getId())), brandZones,
                Duration.ofDays(params.getLong("dormant-days", DEFAULT.dormantAfter.toDays())),
                new MassExitRule(Duration.ofMinutes(params.getLong("mass-exit-window-min", mass.window().toMinutes())),
                        params.getInt("mass-exit-min-leaves", mass.minLeaves()),
                        params.getDouble("mass-exit-factor", mass.factor()), mass.floorPerDay(), mass.baselineDays(),
                        mass.urgingLookback()),
                new EarlyExitRule(early.horizon(), early.period(), params.getInt("early-exit-min-joins", early.minJoins()),
                        params.getDouble("early-exit-share", early.share())),
                new BroadcastRule(broadcast.days(), broadcast.minMessages(),
                        params.getDouble("broadcast-staff-share", broadcast.staffShare()),
                        params.getInt("broadcast-max-speakers", broadcast.maxSpeakers())),
                DEFAULT.timing);
    }

    /** The same settings without the feature: the job as it was before it (benchmarks compare the two). */
    public HealthSettings disabled() {
        return new HealthSettings(false, zone, brandZones, dormantAfter, massExit, earlyExits, broadcastOnly, timing);
    }
}
