package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** Behaviour of the committed model artifact. */
class SentimentModelTest {
    private static final SentimentModel MODEL = SentimentModel.loadDefault(ProductCatalogueTest.fixture());

    private static SentimentResult score(String text) {
        return MODEL.score("glow", text);
    }

    @Test
    void missingTextIsNeutralWithNoConfidence() {
        assertThat(score(null)).isEqualTo(SentimentResult.empty());
        assertThat(score("   ").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void negationTurnsPraiseNegativeAndShowsTheNegatedPhraseAsCue() {
        SentimentResult result = score("不是很好");
        assertThat(result.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(result.cues()).contains("不是很好");
    }

    @Test
    void negatedComplaintIsNotNegative() {
        assertThat(score("一点都不差").score()).isGreaterThan(score("很差").score());
        assertThat(score("一点都不差").label()).isNotEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void clauseAfterContrastDecides() {
        assertThat(score("虽然便宜，但是质量太差了").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("虽然等了几天，但是东西真的很好").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void smileEmoticonAfterPraiseIsSarcasm() {
        SentimentResult result = score("好棒哦，又等了三天[微笑]");
        assertThat(result.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(result.cues()).first().isEqualTo("[微笑](sarcasm)");
    }

    @Test
    void emoticonsAndEmojiCarrySentimentOnTheirOwn() {
        assertThat(score("[强][强][强]").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("太失望了😭").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("[微笑]").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void repeatedQuestionMarksTurnAQuestionIntoAComplaint() {
        assertThat(score("请问什么时候发货？").label()).isEqualTo(SentimentLabel.NEUTRAL);
        SentimentResult impatient = score("怎么还没发货？？？");
        assertThat(impatient.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(impatient.cues()).contains("？？？");
    }

    @Test
    void complaintsNameTheirAspectAndProduct() {
        SentimentResult allergy = score("用了修护面霜脸就过敏了，红肿");
        assertThat(allergy.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(allergy.aspects()).contains(Aspect.ALLERGY_SAFETY);
        assertThat(allergy.products()).containsExactly("GLOW-CREAM-50");
        assertThat(allergy.cues()).anyMatch(cue -> cue.contains("过敏"));
        assertThat(score("物流太慢了，一个星期还没到").aspects()).contains(Aspect.LOGISTICS);
        assertThat(score("客服一直不回消息").aspects()).contains(Aspect.SERVICE);
        assertThat(score("怀疑是假货").aspects()).contains(Aspect.AUTHENTICITY);
    }

    @Test
    void sentimentWithoutANamedAspectIsOther() {
        assertThat(score("太失望了").aspects()).containsExactly(Aspect.OTHER);
        assertThat(score("大家早上好").aspects()).isEmpty();
    }

    @Test
    void traditionalAndFullWidthTextScoresLikeSimplified() {
        assertThat(score("質量太差了").label()).isEqualTo(score("质量太差了").label());
        assertThat(score("質量太差了").score()).isEqualTo(score("质量太差了").score());
    }

    @Test
    void scoresStayWithinBounds() {
        for (String text : new String[] {"好好好好好好好好", "差差差差差差差", "？？？？？？", "[强]"}) {
            SentimentResult r = score(text);
            assertThat(r.score()).isBetween(-1.0, 1.0);
            assertThat(r.confidence()).isBetween(0.0, 1.0);
        }
    }

    @Test
    void survivesJavaSerialisationAsFlinkShipsIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(MODEL);
        }
        assertThat(bytes.size()).isLessThan(100_000);
        SentimentScorer copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SentimentScorer) in.readObject();
        }
        assertThat(copy.score("glow", "面霜用了过敏")).isEqualTo(MODEL.score("glow", "面霜用了过敏"));
    }

    @Test
    void artifactCarriesItsProvenance() {
        assertThat(MODEL.artifact().modelVersion()).isEqualTo("v2");
        assertThat(MODEL.artifact().trainingDataSha256()).hasSize(64);
        assertThat(MODEL.artifact().trainingRows()).isGreaterThan(50_000);
    }

    @Test
    void wireNamesAreLowercase() {
        assertThat(Aspect.ALLERGY_SAFETY.wireName()).isEqualTo("allergy_safety");
        assertThat(SentimentLabel.fromWireName("negative")).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
