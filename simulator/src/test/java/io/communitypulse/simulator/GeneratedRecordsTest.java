package io.communitypulse.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.EventParser;
import io.communitypulse.events.MembershipChange;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.OrderEvent;
import io.communitypulse.events.ParseResult;
import io.communitypulse.events.PulseEvent;
import io.communitypulse.events.SenderRole;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedRecordsTest {

    private final Fixtures.Run run = Fixtures.defaultRun();
    private final EventParser parser = new EventParser();

    @Test
    void everyGeneratedEventIsAcceptedByTheParserAsItself() {
        assertThat(run.records()).filteredOn(r -> r instanceof TimedRecord.Event).allSatisfy(r -> {
            ParseResult result = parser.parse(r.line());
            assertThat(result).as(r.line()).isInstanceOf(ParseResult.Accepted.class);
            // Amounts compare by value: the parser reads 59.80 back as 59.8.
            assertThat(((ParseResult.Accepted) result).event()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(((TimedRecord.Event) r).event());
        });
    }

    @Test
    void everyMalformedRecordIsRejectedForTheReasonItWasMadeFor() {
        var malformed = run.records().stream().filter(r -> r instanceof TimedRecord.Malformed)
                .map(TimedRecord.Malformed.class::cast).toList();

        assertThat(malformed).hasSizeGreaterThan(50);
        assertThat(malformed).extracting(m -> m.expected().wireName())
                .contains("malformed_json", "missing_field", "bad_value", "oversize");
        assertThat(malformed).allSatisfy(m -> {
            ParseResult result = parser.parse(m.raw());
            assertThat(result).as(m.raw().length() > 300 ? m.raw().substring(0, 300) : m.raw())
                    .isInstanceOf(ParseResult.Rejected.class);
            assertThat(((ParseResult.Rejected) result).rejection().reason()).isEqualTo(m.expected());
        });
    }

    @Test
    void orderCustomersAreTheMembersWhoChat() {
        Set<String> senders = run.messages().stream().filter(m -> m.senderRole() == SenderRole.MEMBER)
                .map(ChatMessage::senderId).collect(Collectors.toSet());
        Set<String> customers = run.orders().stream().map(OrderEvent::customerId).collect(Collectors.toSet());

        assertThat(run.orders()).allSatisfy(o ->
                assertThat(o.customerId()).matches("u-" + o.brandId() + "-\\d{5}"));
        assertThat(customers.stream().filter(senders::contains).count())
                .as("customers seen in chat").isGreaterThan(customers.size() / 4);
        assertThat(run.events()).filteredOn(MembershipChange.class::isInstance)
                .extracting(e -> ((MembershipChange) e).memberId()).allMatch(id -> id.startsWith("u-"));
    }

    @Test
    void orderAmountsAreTheSumOfTheirItems() {
        assertThat(run.orders()).isNotEmpty().allSatisfy(o -> assertThat(o.amount()).isEqualByComparingTo(
                o.items().stream().map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertThat(run.orders()).extracting(o -> o.status().wireName()).contains("paid", "refunded", "cancelled");
        assertThat(run.orders()).filteredOn(o -> o.groupId() == null).isNotEmpty();
    }

    @Test
    void chatLooksLikeAWeChatGroup() {
        var messages = run.messages();
        var texts = messages.stream().filter(m -> m.senderRole() == SenderRole.MEMBER && m.text() != null)
                .map(ChatMessage::text).toList();

        assertThat(Set.copyOf(texts).size()).as("distinct member texts").isGreaterThan(texts.size() / 3);
        assertThat(messages).extracting(ChatMessage::msgType).contains(MessageType.values());
        assertThat(texts).anyMatch(t -> t.contains("[捂脸]")).anyMatch(t -> t.contains("[强]"))
                .anyMatch(t -> t.contains("[玫瑰]") || t.contains("[微笑]"))
                .anyMatch(t -> t.contains("加V") || t.contains("vx") || t.contains("+V"));
        assertThat(messages).filteredOn(m -> !m.mentions().isEmpty())
                .anyMatch(m -> m.senderRole() == SenderRole.MEMBER && m.text().contains("@"));
        assertThat(messages).extracting(ChatMessage::senderRole).contains(SenderRole.values());
    }

    @Test
    void repliesPointToMessagesOfTheSameGroup() {
        var byId = run.messagesById();

        assertThat(run.messages()).filteredOn(m -> m.replyTo() != null).hasSizeGreaterThan(100)
                .allSatisfy(m -> assertThat(byId.get(m.replyTo())).as(m.replyTo())
                        .isNotNull().extracting(ChatMessage::groupId).isEqualTo(m.groupId()));
    }

    @Test
    void membershipHasJoinsLeavesAndRemovalsByStaff() {
        assertThat(run.events()).filteredOn(MembershipChange.class::isInstance).map(MembershipChange.class::cast)
                .extracting(c -> c.change().wireName()).contains("join", "leave", "removed");
        assertThat(run.events()).filteredOn(MembershipChange.class::isInstance).map(MembershipChange.class::cast)
                .filteredOn(c -> c.change().wireName().equals("removed"))
                .allMatch(c -> c.operatorId() != null && c.operatorId().startsWith("s-"));
    }

    @Test
    void eventIdsAreUniqueExceptForDuplicates() {
        long distinct = run.events().stream().map(PulseEvent::eventId).distinct().count();
        long duplicates = run.records().stream().filter(r -> r instanceof TimedRecord.Event e
                && e.delivery() == TimedRecord.Delivery.DUPLICATE).count();

        assertThat(duplicates).isPositive();
        assertThat(distinct).isEqualTo(run.events().size() - duplicates);
    }
}
