package io.communitypulse.events;

import static io.communitypulse.events.Records.accepted;
import static io.communitypulse.events.Records.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code group_snapshot} event of contract v1: what it reads as, and every way it is dead-lettered. */
class GroupSnapshotContractTest {

    @Test
    void shouldReadTheGroupAndEveryoneInIt() {
        GroupSnapshot snapshot = (GroupSnapshot) accepted(Records.SNAPSHOT);

        assertThat(snapshot.groupName()).isEqualTo("水光福利群1");
        assertThat(snapshot.ownerId()).isEqualTo("s1");
        assertThat(snapshot.takenAt()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
        assertThat(snapshot.members()).containsExactly(
                new SnapshotMember("s1", SenderRole.STAFF, Instant.parse("2026-10-01T02:00:00Z")),
                new SnapshotMember("u1", SenderRole.MEMBER, Instant.parse("2026-10-02T03:30:00Z")),
                new SnapshotMember("bot1", SenderRole.BOT, null));
        assertThat(snapshot.eventTime()).isEqualTo(snapshot.takenAt());
    }

    @Test
    void shouldTravelOnTheMembershipTopicKeyedByItsGroup() {
        PulseEvent snapshot = accepted(Records.SNAPSHOT);

        assertThat(Topics.of(snapshot)).isEqualTo(Topics.MEMBERSHIP_CHANGES);
        assertThat(Topics.keyOf(snapshot)).isEqualTo("g1");
    }

    @Test
    void shouldWriteWhatItReads() {
        PulseEvent snapshot = accepted(Records.SNAPSHOT);

        assertThat(accepted(EventJson.write(snapshot))).isEqualTo(snapshot);
    }

    @Test
    void shouldAcceptAGroupNobodyIsIn() {
        GroupSnapshot empty = (GroupSnapshot) accepted(Records.with(Records.SNAPSHOT, "/members", "[]"));

        assertThat(empty.members()).isEmpty();
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "ABSENT", value = {
        "/members                | ABSENT                  | missing_field | members is required (an empty array for a group nobody is in)",
        "/members                | null                    | missing_field | members is required (an empty array for a group nobody is in)",
        "/members                | {}                      | bad_type      | members must be an array, got an object",
        "/members/1              | null                    | bad_type      | members[1] must be an object, got null",
        "/members/1              | \"u1\"                  | bad_type      | members[1] must be an object, got a string",
        "/members/1/member_id    | ABSENT                  | missing_field | members[1].member_id is required",
        "/members/1/member_id    | \"s1\"                  | bad_value     | members[1].member_id 's1' is listed twice, first at members[0]",
        "/members/1/role         | ABSENT                  | missing_field | members[1].role is required",
        "/members/1/role         | \"owner\"               | bad_value     | members[1].role must be one of member, staff, bot, got 'owner'",
        "/members/1/role         | 2                       | bad_value     | members[1].role must be one of member, staff, bot, got 2",
        "/members/1/joined_at    | 1790000000              | bad_value     | members[1].joined_at must be an ISO-8601 instant with an offset, such as 2026-11-23T09:00:00+08:00, got 1790000000, a number (epoch seconds and milliseconds are not accepted)",
        "/members/1/joined_at    | \"2026-11-24T00:00:00Z\" | bad_value    | members[1].joined_at 2026-11-24T00:00:00Z is after taken_at 2026-11-23T01:00:00Z",
        "/members/1/joined_at    | \"1999-12-31T00:00:00Z\" | bad_value    | members[1].joined_at 1999-12-31T00:00:00Z is outside 2000-01-01T00:00:00Z..2100-01-01T00:00:00Z",
        "/group_id               | ABSENT                  | missing_field | group_id is required",
        "/taken_at               | ABSENT                  | missing_field | taken_at is required",
        "/taken_at               | \"2026-11-23T09:00:00\" | bad_value     | taken_at must be an ISO-8601 instant with an offset, such as 2026-11-23T09:00:00+08:00, got '2026-11-23T09:00:00', which has no offset (add Z for UTC or +08:00 for China time)",
        "/owner_id               | {}                      | bad_type      | owner_id must be a string, got an object",
    })
    void shouldDeadLetterABadSnapshotNamingTheFieldAndTheRule(String field, String json, String reason, String detail) {
        Rejection rejection = rejected(Records.with(Records.SNAPSHOT, field, json));

        assertThat(rejection.reason().wireName()).isEqualTo(reason);
        assertThat(rejection.detail()).isEqualTo(detail);
        assertThat(rejection.brandId()).isEqualTo("brand_a");
    }

    @Test
    void shouldRefuseOverlongNamesAndOwners() {
        assertThat(rejected(Records.with(Records.SNAPSHOT, "/group_name", "\"" + "群".repeat(257) + "\"")).detail())
                .isEqualTo("group_name has 257 characters, the limit is 256");
        assertThat(rejected(Records.with(Records.SNAPSHOT, "/owner_id", "\"" + "s".repeat(129) + "\"")).detail())
                .isEqualTo("owner_id has 129 characters, the limit is 128");
    }

    @Test
    void aGroupOfFiveHundredFitsInOneRecord() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            members.add("{\"member_id\":\"wmXyZ%022d\",\"role\":\"member\",\"joined_at\":\"2026-10-02T11:30:00+08:00\"}"
                    .formatted(i));
        }
        String large = Records.with(Records.SNAPSHOT, "/members", "[" + String.join(",", members) + "]");

        assertThat(large.length()).isLessThan(EventParser.MAX_RECORD_BYTES);
        assertThat(((GroupSnapshot) accepted(large)).members()).hasSize(500);
    }
}
