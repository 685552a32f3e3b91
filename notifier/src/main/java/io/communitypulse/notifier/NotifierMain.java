package io.communitypulse.notifier;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the notifier until the process is stopped (README, "Notifier"):
 * {@code NotifierMain --config notifier.json [--kafka BROKERS] [--jdbc URL] [--dashboard-url URL]};
 * the flags override the file's {@code kafka}, {@code jdbc} and {@code dashboard_url}.
 */
public final class NotifierMain {

    private static final String USAGE = "usage: NotifierMain --config notifier.json [--kafka BROKERS]"
            + " [--jdbc jdbc:clickhouse://HOST:8123/pulse] [--dashboard-url http://HOST:7070]";

    private static final Set<String> FLAGS = Set.of("--config", "--kafka", "--jdbc", "--dashboard-url");

    private NotifierMain() {}

    public static void main(String[] args) throws Exception {
        NotifierConfig config;
        try {
            config = parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Notifier notifier = Notifier.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(notifier::close, "notifier-shutdown"));
        System.out.println("Notifier running: " + config.channels().size() + " channel(s), " + config.routes().size()
                + " route(s), consumer group " + config.consumerGroup());
        Thread.currentThread().join();
    }

    public static NotifierConfig parse(List<String> args) {
        if (args.size() % 2 != 0) {
            throw new IllegalArgumentException("every flag needs a value: " + args);
        }
        Map<String, String> flags = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!FLAGS.contains(args.get(i))) {
                throw new IllegalArgumentException("unknown flag " + args.get(i));
            }
            flags.put(args.get(i), args.get(i + 1));
        }
        if (!flags.containsKey("--config")) {
            throw new IllegalArgumentException("--config is required");
        }
        String dashboard = flags.get("--dashboard-url");
        NotifierConfig config = NotifierConfig.fromFile(Path.of(flags.get("--config")))
                .withConnections(flags.get("--kafka"), flags.get("--jdbc"), dashboard == null ? null : URI.create(dashboard));
        if (config.kafka().isEmpty() || config.jdbc().isEmpty()) {
            throw new IllegalArgumentException("Kafka and ClickHouse must be given, in the file (kafka, jdbc) or as flags");
        }
        return config;
    }
}
