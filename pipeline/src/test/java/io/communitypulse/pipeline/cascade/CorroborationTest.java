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

    @Test
    void aJoinWithoutAWordOfItsKindCountsOnlyWhenTheReaderVouchesForIt() {
        String text = "那我这台算啥";
        MessageAnalysis line = analysed(text);

        assertThat(corroboration.counts(member(text), evidence(ComplaintKind.NEGATIVE_FOLLOWUP, false), line, false))
                .isFalse();
        assertThat(corroboration.counts(member(text), evidence(ComplaintKind.NEGATIVE_FOLLOWUP, true), line, false))
                .isTrue();
    }

    @Test
    void aMembersOwnComplaintCountsWithoutAListedWord() {
        String text = "收音机右上角有一块白斑 开机特别明显";

        assertThat(corroboration.counts(member(text), evidence(ComplaintKind.COMPLAINT_OPINION, false), analysed(text),
                false)).isTrue();
        assertThat(corroboration.counts(member(text), evidence(ComplaintKind.AGREEMENT, false), analysed(text), false))
                .isFalse();
    }

    @Test
    void sarcasmThatStatesItsOwnComplaintCountsWithoutAMockingWord() {
        String ownSymptom = "充完会员照样闪退三次 真是物超所值[强]";
        String praiseOnly = "真是物超所值[强]";

        assertThat(corroboration.counts(member(ownSymptom), evidence(ComplaintKind.SARCASM, false),
                analysed(ownSymptom), false)).isTrue();
        assertThat(corroboration.counts(member(praiseOnly), evidence(ComplaintKind.SARCASM, false),
                analysed(praiseOnly), false)).isFalse();
    }

    @Test
    void aSadEmoticonBesideWordsWithoutAMarkIsSympathyNotASecondComplainer() {
        String sympathy = "涨知识了😭";
        String symptom = "我家的也拉了两天😭";
        MessageAnalysis sympathyLine = analysed(sympathy);

        assertThat(sympathyLine.modelScore()).as("the emoticon makes the model read it negative").isNegative();
        assertThat(corroboration.counts(member(sympathy), evidence(ComplaintKind.SARCASM, false), sympathyLine, true))
                .isFalse();
        assertThat(corroboration.counts(member(symptom), evidence(ComplaintKind.NEGATIVE_FOLLOWUP, false),
                analysed(symptom), true)).isTrue();
    }

    @Test
    void aSmileStraightAfterAComplaintJoinsItOnlyBesideWordsItCanTurn() {
        String greeting = "@小雨 晚安[微笑]";
        String goodbye = "好的 明天见[微笑]";
        String thanks = "真是感谢你们这么用心的挑选呢[微笑]";

        assertThat(analysed(greeting).modelScore()).as("the smile makes the model read it negative").isNegative();
        assertThat(analysed(goodbye).modelScore()).isPositive();
        for (String sincere : List.of(greeting, goodbye)) {
            assertThat(corroboration.counts(member(sincere), evidence(ComplaintKind.NEGATIVE_FOLLOWUP, false),
                    analysed(sincere), true)).as(sincere).isFalse();
        }
        assertThat(corroboration.counts(member(thanks), evidence(ComplaintKind.SARCASM, false), analysed(thanks), true))
                .isTrue();
    }
}
