package io.communitypulse.runtime;

import io.communitypulse.notifier.Notifier;
import io.communitypulse.notifier.NotifierConfig;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The notifier in the demo: its configuration from {@code --notifier-config FILE}, else
 * {@code <data>/notifier.json} when present, else none (it runs with no channels), pointed at the
 * demo's Kafka, ClickHouse and dashboard.
 */
final class DemoNotifier {

    private DemoNotifier() {}

    static Notifier start(CommandLine line, LocalSettings settings, LocalStack stack, int apiPort, Progress progress)
            throws Exception {
        Path file = Path.of(line.get("notifier-config", settings.dataDir().resolve("notifier.json").toString()));
        NotifierConfig config = Files.isReadable(file) ? NotifierConfig.fromFile(file)
                : NotifierConfig.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
        config = config.withConnections(stack.bootstrapServers(), stack.jdbcUrl(), URI.create("http://127.0.0.1:" + apiPort));
        Notifier notifier = Notifier.start(config, Clock.systemUTC());
        if (!notifier.awaitAssignment(Duration.ofSeconds(30))) {
            notifier.close();
            throw new IllegalStateException("the notifier got no partitions of the alerts topic within 30 s");
        }
        progress.step("notifier up: " + config.channels().size() + " channel(s)"
                + (Files.isReadable(file) ? " from " + file : " (no " + file + "; see README, Notifier)"));
        return notifier;
    }
}
