package io.communitypulse.runtime;

import io.communitypulse.clickhouse.embedded.EmbeddedClickHouseException;
import io.communitypulse.schema.Migrator;
import java.util.Arrays;
import java.util.List;

/** The Java side of {@code ./pulse}: one subcommand per project command. */
public final class PulseCli {

    private PulseCli() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail("a subcommand is required: see ./pulse help");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CommandLine line = CommandLine.parse(rest);
        int exitCode = 0;
        try {
            switch (args[0]) {
                case "clickhouse" -> ClickHouseCommand.run(LocalSettings.from(line));
                case "migrate" -> migrate(line);
                case "demo" -> exitCode = DemoCommand.run(line);
                case "replay" -> exitCode = ReplayCommand.run(line);
                case "simulate" -> SimulateCommand.run(rest.toArray(String[]::new));
                case "bench" -> BenchCommand.run(rest);
                default -> fail("unknown subcommand '" + args[0] + "': see ./pulse help");
            }
        } catch (UsageException | EmbeddedClickHouseException e) {
            fail(e.getMessage());
        }
        // Kafka, Flink and Jetty leave non-daemon threads behind; the command is done
        System.exit(exitCode);
    }

    private static void migrate(CommandLine line) throws Exception {
        LocalSettings settings = LocalSettings.from(line);
        String jdbc = line.get("jdbc", "jdbc:clickhouse://127.0.0.1:" + settings.clickHouseHttpPort());
        var applied = new Migrator(jdbc, settings.database()).migrate();
        // the database, not the URL: docker-compose.yml puts a password in it
        System.out.println("applied " + applied.size() + " migration(s) to database " + settings.database());
    }

    private static void fail(String message) {
        System.err.println("pulse: " + message);
        System.exit(2);
    }
}
