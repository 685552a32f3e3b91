package io.communitypulse.testing;

import io.communitypulse.kafka.embedded.EmbeddedKafka;
import java.util.Collection;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Gives a test class a real single-node KRaft Kafka broker in the JVM. Register as a static field. */
public final class KafkaExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafka kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        kafka = EmbeddedKafka.start(null);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        kafka.close();
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public void createTopics(Collection<String> topics, int partitions) {
        kafka.createTopics(topics, partitions);
    }
}
