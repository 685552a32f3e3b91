package io.communitypulse.pipeline.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.ChatMessage;
import io.communitypulse.events.MessageType;
import io.communitypulse.events.SenderRole;
import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.complaint.ComplaintKind;
import io.communitypulse.sentiment.complaint.ComplaintRecognizer;
import io.communitypulse.sentiment.complaint.ComplaintVerdict;
import io.communitypulse.sentiment.complaint.MessageAnalysis;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which evidence counts toward a cascade without a listed word of its kind. */
class CorroborationTest {
    private static final SentimentModel MODEL = SentimentModel.loadDefault(ProductCatalogue.empty());
    private static final ComplaintRecognizer RECOGNIZER = ComplaintRecognizer.rulesOnly();
    private final Corroboration corroboration = new Corroboration();

    private static MessageAnalysis analysed(String text) {
        return RECOGNIZER.analyse(text, MODEL.score("brand", text));
    }

    private static ChatMessage member(String text) {
        return new ChatMessage("m2", "brand", "group", "u2", SenderRole.MEMBER, MessageType.TEXT, text, null, List.of(),
                Instant.parse("2026-12-07T10:00:00Z"));
    }

    private static ComplaintVerdict evidence(ComplaintKind kind, boolean vouched) {
        return new ComplaintVerdict(kind, true, 0.5, List.of(), List.of(Aspect.OTHER), false, "m1", List.of(), null,
                vouched);
    }

    /** Whether {@code text}, judged evidence of {@code kind}, counts toward a cascade. */
    private boolean counts(String text, ComplaintKind kind, boolean vouched, boolean afterMarkedComplaint) {
        return corroboration.counts(member(text), evidence(kind, vouched), analysed(text), afterMarkedComplaint);
    }

    @Test
    void aJoinWithoutAWordOfItsKindCountsOnlyWhenTheReaderVouchesForIt() {
        String text = "那我这台算啥";

        assertThat(counts(text, ComplaintKind.NEGATIVE_FOLLOWUP, false, false)).isFalse();
        assertThat(counts(text, ComplaintKind.NEGATIVE_FOLLOWUP, true, false)).isTrue();
    }

    @Test
    void aMembersOwnComplaintCountsWithoutAListedWord() {
        String text = "收音机右上角有一块白斑 开机特别明显";

        assertThat(counts(text, ComplaintKind.COMPLAINT_OPINION, false, false)).isTrue();
        assertThat(counts(text, ComplaintKind.AGREEMENT, false, false)).isFalse();
    }

    @Test
    void sarcasmThatStatesItsOwnComplaintCountsWithoutAMockingWord() {
        assertThat(counts("充完会员照样闪退三次 真是物超所值[强]", ComplaintKind.SARCASM, false, false)).isTrue();
        assertThat(counts("真是物超所值[强]", ComplaintKind.SARCASM, false, false)).isFalse();
    }

    @Test
    void aSadEmoticonBesideWordsWithoutAMarkIsSympathyNotASecondComplainer() {
        String sympathy = "涨知识了😭";

        assertThat(analysed(sympathy).modelScore()).as("the emoticon makes the model read it negative").isNegative();
        assertThat(counts(sympathy, ComplaintKind.SARCASM, false, true)).isFalse();
        assertThat(counts("我家的也拉了两天😭", ComplaintKind.NEGATIVE_FOLLOWUP, false, true)).isTrue();
    }

    @Test
    void aSmileStraightAfterAComplaintJoinsItOnlyBesideWordsItCanTurn() {
        String greeting = "@小雨 晚安[微笑]";
        String goodbye = "好的 明天见[微笑]";

        assertThat(analysed(greeting).modelScore()).as("the smile makes the model read it negative").isNegative();
        assertThat(analysed(goodbye).modelScore()).isPositive();
        for (String sincere : List.of(greeting, goodbye)) {
            assertThat(counts(sincere, ComplaintKind.NEGATIVE_FOLLOWUP, false, true)).as(sincere).isFalse();
        }
        assertThat(counts("真是感谢你们这么用心的挑选呢[微笑]", ComplaintKind.SARCASM, false, true)).isTrue();
    }
}
