package io.communitypulse.pipeline.cascade;

import static io.communitypulse.pipeline.Fixtures.complaint;
import static io.communitypulse.pipeline.Fixtures.enriched;
import static io.communitypulse.pipeline.Fixtures.minutes;
import static io.communitypulse.pipeline.Fixtures.neutral;
import static io.communitypulse.pipeline.Fixtures.reply;
import static io.communitypulse.pipeline.Fixtures.chat;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.pipeline.enrich.EnrichedMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeTrackerTest {

    private final CascadeTracker tracker = new CascadeTracker();
    private final CascadeRule rule = CascadeRule.DEFAULT;
    private final ComplaintReading reading = new ComplaintReading();

    @Test
    void shouldRaiseAtTheThirdDistinctMemberAboutTheSameProduct() {
        assertThat(feed(complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)),
                complaint("m2", "u2", "sku-1", "allergy_safety", minutes(2)))).isEmpty();

        List<Episode> raised = feed(complaint("m3", "u3", "sku-1", "allergy_safety", minutes(4)));

        assertThat(raised).singleElement().satisfies(episode -> {
            assertThat(episode.subject).isEqualTo("sku-1");
            assertThat(episode.members).containsExactly("u1", "u2", "u3");
            assertThat(episode.evidenceMessageIds).containsExactly("m1", "m2", "m3");
            assertThat(episode.revision).isEqualTo(1);
        });
    }

    @Test
    void shouldUpdateTheSameEpisodeAsMoreMembersJoin() {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)));

        List<Episode> grown = feed(complaint("m4", "u4", "sku-1", "quality", minutes(3)));

        assertThat(grown).singleElement().satisfies(episode -> {
            assertThat(episode.revision).isEqualTo(2);
            assertThat(episode.members).hasSize(4);
        });
    }

    @Test
    void shouldNotCountOneTalkativeMemberAsACascade() {
        List<Episode> raised = feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)),
                complaint("m2", "u1", "sku-1", "quality", minutes(1)), complaint("m3", "u1", "sku-1", "quality", minutes(2)),
                complaint("m4", "u1", "sku-1", "quality", minutes(3)), complaint("m5", "u1", "sku-1", "quality", minutes(4)));

        assertThat(raised).isEmpty();
    }

    @Test
    void shouldCountPileOnRepliesThatNameNothing() {
        feed(complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)));

        List<Episode> raised = feed(neutral(reply("m2", "u2", "我也是", "m1", minutes(1))),
                neutral(chat("m3", "u3", "+1 同样的问题", minutes(2))));

        assertThat(raised).singleElement().satisfies(episode ->
                assertThat(episode.evidenceMessageIds).containsExactly("m1", "m2", "m3"));
    }

    @Test
    void shouldJoinAnAspectComplaintToTheOpenProductComplaintAboutIt() {
        feed(complaint("m1", "u1", "sku-1", "allergy_safety", minutes(0)),
                complaint("m2", "u2", "sku-1", "allergy_safety", minutes(1)));

        List<Episode> raised = feed(enriched(chat("m3", "u3", "我也过敏了", minutes(2)), "negative", List.of(),
                List.of("allergy_safety")));

        assertThat(raised).singleElement().satisfies(episode -> assertThat(episode.subject).isEqualTo("sku-1"));
    }

    @Test
    void shouldIgnoreAPositiveWaveAndPileOnsWithoutAComplaint() {
        List<Episode> raised = feed(enriched(chat("m1", "u1", "这个面霜太好用了", minutes(0)), "positive", List.of("sku-1"), List.of("quality")),
                enriched(chat("m2", "u2", "我也是超喜欢", minutes(1)), "positive", List.of("sku-1"), List.of()),
                neutral(chat("m3", "u3", "+1", minutes(2))), neutral(chat("m4", "u4", "我也是", minutes(3))));

        assertThat(raised).isEmpty();
    }

    @Test
    void shouldNotRaiseACascadeFromUnrelatedGrumblesWhileAComplaintIsOpen() {
        feed(complaint("m1", "u1", "sku-1", "logistics", minutes(0)));

        List<Episode> raised = feed(enriched(chat("m2", "u2", "晚上吃啥[微笑]", minutes(1)), "negative", List.of(), List.of()),
                enriched(chat("m3", "u3", "刚下班[捂脸]", minutes(2)), "negative", List.of(), List.of("other")),
                enriched(chat("m4", "u4", "哈哈哈哈[微笑]", minutes(3)), "negative", List.of(), List.of()));

        // a line straight after a marked complaint may join it, but lines without a mark of their own cannot chain
        assertThat(raised).isEmpty();
        assertThat(tracker.episodes.get("product:sku-1").members).hasSizeLessThan(3);
    }

    @Test
    void shouldStartOverWhenComplaintsAreFurtherApartThanTheWindow() {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(5)));

        List<Episode> raised = feed(complaint("m3", "u3", "sku-1", "quality", minutes(16)));

        assertThat(raised).isEmpty();
        assertThat(tracker.episodes.get("product:sku-1").members).containsExactly("u3");
    }

    @Test
    void shouldForgetEverythingOnceTheWindowHasPassed() {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)));

        tracker.advance(tracker.nextChange(rule), rule);
        assertThat(tracker.isEmpty()).as("the second complaint is still inside the window").isFalse();

        long last = io.communitypulse.pipeline.Fixtures.at(minutes(1)).toEpochMilli();
        while (!tracker.isEmpty()) {
            long next = tracker.nextChange(rule);
            assertThat(next).as("everything is forgotten within the conversation's 30 minutes")
                    .isLessThanOrEqualTo(last + 30 * 60_000 + 1);
            tracker.advance(next, rule);
        }
    }

    @Test
    void aRaisedCascadePeaksThenFallsQuietThenEndsEachAsARevision() {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)));
        List<String> states = new ArrayList<>();
        List<Integer> revisions = new ArrayList<>();

        while (!tracker.isEmpty()) {
            for (Episode changed : tracker.advance(tracker.nextChange(rule), rule)) {
                states.add(changed.state);
                revisions.add(changed.revision);
            }
        }

        assertThat(states).containsExactly("PEAKED", "QUIET", "ENDED");
        assertThat(revisions).containsExactly(2, 3, 4);
    }

    @Test
    void aNewMemberMakesAPeakedCascadeGrowAgain() {
        feed(complaint("m1", "u1", "sku-1", "quality", minutes(0)), complaint("m2", "u2", "sku-1", "quality", minutes(1)),
                complaint("m3", "u3", "sku-1", "quality", minutes(2)));
        tracker.advance(io.communitypulse.pipeline.Fixtures.at(minutes(5)).toEpochMilli(), rule);
        assertThat(tracker.episodes.get("product:sku-1").state).isEqualTo("PEAKED");

        List<Episode> changed = feed(complaint("m4", "u4", "sku-1", "quality", minutes(6)));

        assertThat(changed).singleElement().satisfies(episode -> {
            assertThat(episode.state).isEqualTo("GROWING");
            assertThat(episode.revision).isEqualTo(3);
        });
    }

    private List<Episode> feed(EnrichedMessage... messages) {
        List<Episode> raised = new ArrayList<>();
        for (EnrichedMessage message : messages) {
            raised.addAll(tracker.accept(message.message(), reading.read(tracker, message), rule));
        }
        return raised;
    }
}
