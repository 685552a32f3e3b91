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
    void emphaticallyNegatedComplaintIsPraise() {
        for (String text : new String[] {"一点都不差", "一点也不贵", "质量一点也不差，推荐"}) {
            SentimentResult result = score(text);
            assertThat(result.label()).as(text).isEqualTo(SentimentLabel.POSITIVE);
            assertThat(result.cues()).as(text).anyMatch(c -> c.contains("一点"));
        }
        // but it does not outweigh a complaint beside it, nor answer a question, nor reach across a verb
        assertThat(score("一点都不差，就是太贵了").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("毫不犹豫地退货了").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("一点都不差吗").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void wordsThatOnlyLookNegatedKeepTheirVerdict() {
        for (String text : new String[] {"用了没几天就坏了", "没两天就不能用了", "毫不犹豫的差评", "不得不说太难吃了",
                "不仅难吃而且贵", "不停地掉色"}) {
            assertThat(score(text).label()).as(text).isEqualTo(SentimentLabel.NEGATIVE);
        }
        for (String text : new String[] {"不得不说真好吃", "不仅好吃而且便宜", "没想到这么好吃", "质量没得说"}) {
            assertThat(score(text).label()).as(text).isEqualTo(SentimentLabel.POSITIVE);
        }
        // an apology and a question: chat, not complaints
        assertThat(score("不好意思，请问什么时候发货").label()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(score("这个好用不？").label()).isEqualTo(SentimentLabel.NEUTRAL);
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
    void smallTalkWithEmoticonsIsNeutral() {
        for (String text : new String[] {"早安[微笑]", "刚到家[捂脸]", "红包又没抢到[裂开]", "谢谢老板[微笑]",
                "明天降温了", "群里有人吗", "中午好[微笑]"}) {
            assertThat(score(text).label()).as(text).isEqualTo(SentimentLabel.NEUTRAL);
        }
    }

    @Test
    void sarcasmNeedsAnOpinionWord() {
        assertThat(score("早上好[微笑]").label()).isEqualTo(SentimentLabel.NEUTRAL);
        SentimentResult sour = score("质量真好，穿一次就破了[微笑]");
        assertThat(sour.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(sour.cues()).first().isEqualTo("[微笑](sarcasm)");
    }

    @Test
    void plainQuestionsAreNeutralImpatientOnesAreNot() {
        for (String text : new String[] {"这个奶昔多少卡？", "燕麦片几卡呀🙏", "葡萄甜不甜", "面霜是今天发货吗",
                "用了会过敏吗", "换奶粉要注意什么"}) {
            assertThat(score(text).label()).as(text).isEqualTo(SentimentLabel.NEUTRAL);
        }
        assertThat(score("付款一周了还没发货？？？").label()).isEqualTo(SentimentLabel.NEGATIVE);
        // the problem is stated, the question asks what to do about it
        assertThat(score("面霜用完过敏了，怎么办？").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void lowCalorieIsPraise() {
        assertThat(score("这款饼干低卡又顶饱[强]").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void statedProductProblemsAreComplaintsEvenInPileOns() {
        for (String text : new String[] {"我也一样，修护面霜用完过敏了，脸肿[叹气]", "同问，饼干里有异物",
                "真的服了，面包才买两天就发霉了", "快递说签收了，我根本没收到", "问了客服三天了都不回消息[发怒]"}) {
            SentimentResult r = score(text);
            assertThat(r.label()).as(text).isEqualTo(SentimentLabel.NEGATIVE);
            assertThat(r.aspects()).as(text).doesNotContain(Aspect.OTHER);
        }
        assertThat(score("完全没有过敏，很温和").label()).isNotEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void slowHandsAreNotLogistics() {
        assertThat(score("手慢了，红包没抢到[流泪]").aspects()).doesNotContain(Aspect.LOGISTICS);
        assertThat(score("物流太慢了").aspects()).contains(Aspect.LOGISTICS);
    }

    @Test
    void complaintsNameTheirAspectAndProduct() {
        SentimentResult allergy = score("用了修护面霜脸就过敏了，红肿");
        assertThat(allergy.label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(allergy.aspects()).contains(Aspect.ALLERGY_SAFETY);
        assertThat(allergy.products()).containsExactly("GLOW-CREAM-50");
        assertThat(allergy.cues()).anyMatch(cue -> cue.contains("过敏"));
        assertThat(score("物流太慢了，一个星期还没到").aspects()).contains(Aspect.LOGISTICS);
        assertThat(score("三个小时才送到，饭都凉了").aspects()).contains(Aspect.LOGISTICS);
        assertThat(score("外卖又送错了").aspects()).contains(Aspect.LOGISTICS);
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
        assertThat(MODEL.artifact().modelVersion()).isEqualTo("v4");
        assertThat(MODEL.artifact().trainingDataSha256()).hasSize(64);
        assertThat(MODEL.artifact().trainingRows()).isGreaterThan(50_000);
        assertThat(MODEL.modelId()).isEqualTo("v4/" + MODEL.artifact().trainingDataSha256().substring(0, 12));
    }

    @Test
    void wireNamesAreLowercase() {
        assertThat(Aspect.ALLERGY_SAFETY.wireName()).isEqualTo("allergy_safety");
        assertThat(SentimentLabel.fromWireName("negative")).isEqualTo(SentimentLabel.NEGATIVE);
    }
}
