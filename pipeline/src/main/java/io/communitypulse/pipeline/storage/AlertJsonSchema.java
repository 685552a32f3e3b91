package io.communitypulse.pipeline.storage;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.events.alert.AlertJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.SerializationSchema;

/** An alert as the value of a {@code pulse.alerts} record: the JSON the API serves. */
public final class AlertJsonSchema implements SerializationSchema<Alert> {

    private static final long serialVersionUID = 1L;

    @Override
    public byte[] serialize(Alert alert) {
        return AlertJson.write(alert).getBytes(StandardCharsets.UTF_8);
    }
}
