package io.communitypulse.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** The command line of {@link SimulatorMain}, parsed by hand: a handful of flags needs no library. */
record CliOptions(SimulatorConfig config, Path out, String kafka, double speed) {

    static final String USAGE = String.join("\n",
            "usage: SimulatorMain (--out DIR | --kafka BOOTSTRAP) [options]",
            "  --out DIR            write events.jsonl, incidents.jsonl, catalogue.json, summary.json to DIR",
            "  --kafka BOOTSTRAP    publish to Kafka (host:port[,host:port]), topics of contract v1",
            "  --seed N             random seed (default 42); same seed and flags give the same bytes",
            "  --rate EPS           background events per simulated second (default 20)",
            "  --speed X            simulated seconds per real second; 0 = unpaced",
            "                       (default 10 with --kafka, 0 with --out)",
            "  --duration SECONDS   simulated seconds to generate (default 900); 0 = no end (--kafka only)",
            "  --start ISO|now      simulated start, e.g. 2026-11-23T09:00:00+08:00 (default); now = wall clock",
            "  --groups N           chat groups over all brands (default 200, at least 8)",
            "  --bad-rate R         share of extra malformed records, 0..0.5 (default 0)",
            "  --late-rate R        share of events sent 5 s..3 min late (default 0.02)",
            "  --duplicate-rate R   share of events sent twice (default 0.01)",
            "  --cascade-at SECONDS offset of the negative cascade's first complaint (default 120)",
            "  --spread-after SECONDS delay until it reaches a second group (default 240)",
            "  --history-days N     N days of quieter traffic before the start, sent first (default 0);",
            "                       16 or more stages a dormant group, 8 a notice board, 4 early-exit churn",
            "  --history-rate EPS   background events per simulated second in the history (default 0.05)",
            "  --no-health-incidents  stage no mass exit, churn, notice board or dormant group",
            "  --help               this text");

    static CliOptions parse(String[] args, Supplier<Instant> now) {
        SimulatorConfig c = SimulatorConfig.defaults().withDuration(Duration.ofSeconds(900));
        Path out = null;
        String kafka = null;
        Double speed = null;
        double late = c.lateShare();
        double duplicate = c.duplicateShare();
        Duration cascadeAt = c.cascadeAt();
        Duration spread = c.cascadeSpreadAfter();
        HealthScenarios health = c.health();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals("--help") || flag.equals("-h")) {
                throw new UsageException(null);
            }
            if (flag.equals("--no-health-incidents")) {
                health = health.withStaged(false);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new UsageException(flag + " needs a value");
            }
            String value = args[++i];
            switch (flag) {
                case "--out" -> out = Path.of(value);
                case "--kafka" -> kafka = value;
                case "--seed" -> c = c.withSeed(parseLong(flag, value));
                case "--rate" -> c = c.withRate(parseDouble(flag, value));
                case "--speed" -> speed = parseDouble(flag, value);
                case "--duration" -> c = c.withDuration(Duration.ofSeconds(parseLong(flag, value)));
                case "--start" -> c = c.withStart(parseStart(value, now));
                case "--groups" -> c = c.withGroups((int) parseLong(flag, value));
                case "--bad-rate" -> c = c.withBadRate(parseDouble(flag, value));
                case "--late-rate" -> late = parseDouble(flag, value);
                case "--duplicate-rate" -> duplicate = parseDouble(flag, value);
                case "--cascade-at" -> cascadeAt = Duration.ofSeconds(parseLong(flag, value));
                case "--spread-after" -> spread = Duration.ofSeconds(parseLong(flag, value));
                case "--history-days" -> health = health.withHistory(Duration.ofDays(parseLong(flag, value)), health.historyRate());
                case "--history-rate" -> health = health.withHistory(health.history(), parseDouble(flag, value));
                default -> throw new UsageException("unknown flag " + flag);
            }
        }
        if ((out == null) == (kafka == null)) {
            throw new UsageException("give exactly one of --out DIR or --kafka BOOTSTRAP");
        }
        try {
            c = c.withDisorder(late, duplicate)
                    .withIncidents(cascadeAt, spread, c.benignBurstAt(), c.positiveWaveAt())
                    .withHealth(health);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (out != null && !c.bounded()) {
            throw new UsageException("--duration 0 (no end) only makes sense with --kafka");
        }
        double pace = speed != null ? speed : (kafka != null ? 10 : 0);
        if (pace < 0) {
            throw new UsageException("--speed must not be negative");
        }
        return new CliOptions(c, out, kafka, pace);
    }

    private static Instant parseStart(String value, Supplier<Instant> now) {
        if (value.equals("now")) {
            return now.get().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException("--start wants an ISO-8601 instant with offset or 'now', got " + value);
        }
    }

    private static long parseLong(String flag, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " wants an integer, got " + value);
        }
    }

    private static double parseDouble(String flag, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " wants a number, got " + value);
        }
    }

    /** A command line that cannot run; the message says why (null: just show the usage). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
