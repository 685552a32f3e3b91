package io.communitypulse.testing;

import io.communitypulse.kafka.embedded.EmbeddedKafka;
import java.util.Collection;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a real single-node KRaft Kafka broker in the JVM. As a static field, one broker
 * serves the whole class; as an instance field, each test gets a fresh, empty broker of its own.
 */
public final class KafkaExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private EmbeddedKafka kafka;
    private boolean perTest;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start(null);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        kafka.close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (kafka == null) {
            kafka = EmbeddedKafka.start(null);
            perTest = true;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            kafka.close();
            kafka = null;
        }
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public void createTopics(Collection<String> topics, int partitions) {
        kafka.createTopics(topics, partitions);
    }
}
