package io.communitypulse.simulator;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.PulseEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One default run with dead letters, generated once and shared by the tests that only read it. */
final class Fixtures {

    static final Instant BASE = SimulatorConfig.DEFAULT_START;
    static final SimulatorConfig CONFIG = SimulatorConfig.defaults().withBadRate(0.02);

    private static Run run;

    record Run(Simulation simulation, List<TimedRecord> records) {

        List<PulseEvent> events() {
            return records.stream().filter(r -> r instanceof TimedRecord.Event)
                    .map(r -> ((TimedRecord.Event) r).event()).toList();
        }

        List<ChatMessage> messages() {
            return events().stream().filter(ChatMessage.class::isInstance).map(ChatMessage.class::cast).toList();
        }

        List<OrderEvent> orders() {
            return events().stream().filter(OrderEvent.class::isInstance).map(OrderEvent.class::cast).toList();
        }

        Map<String, ChatMessage> messagesById() {
            return messages().stream().collect(Collectors.toMap(ChatMessage::eventId, Function.identity(), (a, b) -> a));
        }

        Incident incident(String kind) {
            return simulation.incidents().stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
        }
    }

    private Fixtures() {}

    static synchronized Run defaultRun() {
        if (run == null) {
            Simulation simulation = Simulation.create(CONFIG);
            run = new Run(simulation, simulation.stream().toList());
        }
        return run;
    }
}
