package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.OrderStatus;
import io.communitypulse.events.PulseEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IncidentGroundTruthTest {

    private final Fixtures.Run run = Fixtures.defaultRun();

    @Test
    void stagesACascadeABenignBurstAndAPositiveWave() {
        assertThat(run.simulation().incidents()).extracting(Incident::kind, Incident::expectAlert)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Incident.NEGATIVE_CASCADE, true),
                        org.assertj.core.groups.Tuple.tuple(Incident.BENIGN_BURST, false),
                        org.assertj.core.groups.Tuple.tuple(Incident.POSITIVE_WAVE, false));
    }

    @Test
    void theCascadeStartsInOneGroupAndReachesASecondGroupOfTheSameBrand() {
        Incident cascade = run.incident(Incident.NEGATIVE_CASCADE);
        Map<String, ChatMessage> byId = run.messagesById();

        assertThat(cascade.groups()).hasSize(2).doesNotHaveDuplicates();
        assertThat(cascade.start()).isEqualTo(Fixtures.BASE.plus(Fixtures.CONFIG.cascadeAt()));
        assertThat(cascade.phases().get(1).start())
                .isEqualTo(cascade.start().plus(Fixtures.CONFIG.cascadeSpreadAfter()));
        assertThat(cascade.aspect()).isIn("allergy_safety", "quality");
        Product product = run.simulation().catalogue().product(cascade.sku()).orElseThrow();

        for (int p = 0; p < 2; p++) {
            Incident.Phase phase = cascade.phases().get(p);
            String group = cascade.groups().get(p);
            List<ChatMessage> messages = phase.eventIds().stream().map(byId::get).toList();
            assertThat(messages).as("every listed event is in the stream").doesNotContainNull();
            assertThat(messages).allSatisfy(m -> {
                assertThat(m.groupId()).isEqualTo(group);
                assertThat(m.brandId()).isEqualTo(cascade.brandId());
                assertThat(m.sentAt()).isBetween(phase.start(), phase.end());
            });
            assertThat(Duration.between(phase.start(), phase.end())).isLessThanOrEqualTo(Duration.ofMinutes(5));
            Set<String> senders = messages.stream().map(ChatMessage::senderId).collect(Collectors.toSet());
            assertThat(senders).as("distinct members in group " + phase.groupId())
                    .hasSizeGreaterThanOrEqualTo(p == 0 ? 5 : 4)
                    .containsExactlyInAnyOrderElementsOf(phase.memberIds());
            ChatMessage first = messages.get(0);
            assertThat(first.replyTo()).isNull();
            assertThat(mentionsProduct(first.text(), product)).as(first.text()).isTrue();
            assertThat(messages.subList(1, messages.size())).filteredOn(m -> first.eventId().equals(m.replyTo()))
                    .as("pile-ons quote the first complaint").isNotEmpty();
        }
    }

    @Test
    void theCascadeHasItsRefundsOnTheOrderSide() {
        Incident cascade = run.incident(Incident.NEGATIVE_CASCADE);
        Map<String, OrderEvent> orders = run.orders().stream()
                .collect(Collectors.toMap(PulseEvent::eventId, Function.identity(), (a, b) -> a));

        assertThat(cascade.orderEventIds()).allSatisfy(id -> {
            OrderEvent refund = orders.get(id);
            assertThat(refund).isNotNull();
            assertThat(refund.status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(refund.items()).extracting(i -> i.sku()).containsExactly(cascade.sku());
            assertThat(cascade.memberIds()).contains(refund.customerId());
            assertThat(cascade.groups()).contains(refund.groupId());
        });
    }

    @Test
    void theBenignBurstIsOneMemberComplainingAlone() {
        Incident burst = run.incident(Incident.BENIGN_BURST);
        Map<String, ChatMessage> byId = run.messagesById();

        assertThat(burst.memberIds()).hasSize(1);
        assertThat(burst.eventIds()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(id -> {
            assertThat(byId.get(id).senderId()).isEqualTo(burst.memberIds().get(0));
            assertThat(byId.get(id).groupId()).isEqualTo(burst.groups().get(0));
        });
        // Nobody else in that group complains in the window: it must stay a burst of one.
        assertThat(run.messages()).filteredOn(m -> m.groupId().equals(burst.groups().get(0))
                        && !m.senderId().equals(burst.memberIds().get(0))
                        && !m.sentAt().isBefore(burst.start()) && !m.sentAt().isAfter(burst.end())
                        && m.text() != null && Phrasebook.ME_TOO.stream().anyMatch(m.text()::startsWith))
                .isEmpty();
    }

    @Test
    void thePositiveWaveIsManyMembersPraising() {
        Incident wave = run.incident(Incident.POSITIVE_WAVE);
        Map<String, ChatMessage> byId = run.messagesById();

        assertThat(wave.aspect()).isNull();
        assertThat(wave.memberIds()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(wave.eventIds()).allSatisfy(id -> assertThat(byId).containsKey(id));
        assertThat(wave.groups()).doesNotContainAnyElementsOf(run.incident(Incident.NEGATIVE_CASCADE).groups());
    }

    @Test
    void incidentsThatDoNotFitTheDurationAreNotStaged() {
        Simulation shortRun = Simulation.create(Fixtures.CONFIG.withDuration(Duration.ofMinutes(10)));

        assertThat(shortRun.incidents()).extracting(Incident::kind)
                .containsExactly(Incident.BENIGN_BURST, Incident.POSITIVE_WAVE);
    }

    @Test
    void incidentOffsetsAreConfigurable() {
        SimulatorConfig config = Fixtures.CONFIG.withDuration(Duration.ofMinutes(30))
                .withIncidents(Duration.ofMinutes(10), Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(1));

        Incident cascade = Simulation.create(config).incidents().get(0);

        assertThat(cascade.start()).isEqualTo(Fixtures.BASE.plus(Duration.ofMinutes(10)));
        assertThat(cascade.phases().get(1).start()).isEqualTo(Fixtures.BASE.plus(Duration.ofMinutes(12)));
    }

    private static boolean mentionsProduct(String text, Product product) {
        return text.contains(product.name()) || product.aliases().stream().anyMatch(text::contains);
    }
}
