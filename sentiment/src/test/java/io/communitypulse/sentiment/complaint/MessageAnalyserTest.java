package io.communitypulse.sentiment.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.Aspect;
import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentScorer;
import org.junit.jupiter.api.Test;

/** The context-free reading of one line: which words it holds, stated, asked or negated. */
class MessageAnalyserTest {
    private static final SentimentScorer SCORER = SentimentModel.loadDefault(ProductCatalogue.empty());
    private static final MessageAnalyser ANALYSER = new MessageAnalyser();

    private static MessageAnalysis read(String text) {
        return ANALYSER.analyse(text, SCORER.score(null, text));
    }

    @Test
    void symptomWordsAreFoundPerDomainWithTheirAspect() {
        assertThat(read("猫吃完吐了三次").states(Signal.SYMPTOM)).isTrue();
        assertThat(read("冰袋全化成水了").aspects()).contains(Aspect.LOGISTICS);
        assertThat(read("面霜抹完脸上起疹子").aspects()).contains(Aspect.ALLERGY_SAFETY);
        assertThat(read("外套洗了一次就起球").cuesOf(Signal.SYMPTOM)).contains("起球");
        assertThat(read("耳机老是断连").states(Signal.SYMPTOM)).isTrue();
    }

    @Test
    void aNegatedSymptomIsNoSymptom() {
        MessageAnalysis fine = read("喝了一个月 没有过敏");
        assertThat(fine.has(Signal.SYMPTOM)).isFalse();
        assertThat(fine.negates(Signal.SYMPTOM)).isTrue();
    }

    @Test
    void aNegatedVirtueIsAnOpinionWithAWholeCue() {
        MessageAnalysis sour = read("这批橙子一点都不甜");
        assertThat(sour.states(Signal.OPINION)).isTrue();
        assertThat(sour.cuesOf(Signal.OPINION)).containsExactly("一点都不甜");
        assertThat(read("这批橙子很甜").has(Signal.OPINION)).isFalse();
    }

    @Test
    void aSymptomInAQuestionIsAskedAndAHypotheticalOneIsHypothetical() {
        MessageAnalysis asked = read("罐底这层白的是霉吗");
        assertThat(asked.asksAbout(Signal.SYMPTOM)).isTrue();
        assertThat(asked.states(Signal.SYMPTOM)).isFalse();
        assertThat(read("万一收到是坏的怎么办").has(Signal.HYPO)).isTrue();
        assertThat(read("喝了会过敏吗").has(Signal.SYMPTOM)).isFalse();
        assertThat(read("化了的还能再冻吗").has(Signal.SYMPTOM)).isFalse();
    }

    @Test
    void anEitherOrQuestionAsksAndStatesNothing() {
        MessageAnalysis choice = read("坏了是寄回去修还是直接换");
        assertThat(choice.has(Signal.HYPO)).isTrue();
        assertThat(choice.states(Signal.SYMPTOM)).isFalse();
        assertThat(read("好喝不").asks()).isTrue();
        assertThat(read("甜不甜").asks()).isTrue();
    }

    @Test
    void agreementWordsThatOnlyCountFirstCountOnlyFirst() {
        assertThat(read("确实 我那罐也漏了").states(Signal.AGREE)).isTrue();
        assertThat(read("这个我确实喜欢").states(Signal.AGREE)).isFalse();
    }

    @Test
    void latinWordsMatchWholeWordsOnly() {
        assertThat(read("same here, the lid was broken").states(Signal.SYMPTOM)).isTrue();
        assertThat(read("my chocolate arrived fine").has(Signal.SYMPTOM)).isFalse();
    }

    @Test
    void spansOfTimeAndShortCountsAreFound() {
        assertThat(read("付款第五天了还没动静").cuesOf(Signal.DURATION)).containsExactly("第五天了");
        assertThat(read("等了两个多小时").has(Signal.DURATION)).isTrue();
        assertThat(read("三天能到吗").has(Signal.DURATION)).isFalse();
        assertThat(read("第一次买").has(Signal.DURATION)).isFalse();
        assertThat(read("一盒就三片 太少了").cuesOf(Signal.SYMPTOM)).contains("就三片");
        assertThat(read("一点香味都没有").cuesOf(Signal.SYMPTOM)).containsExactly("一点香味都没有");
        assertThat(read("网面一点事没有").has(Signal.SYMPTOM)).isFalse();
    }

    @Test
    void quotesAreScareQuotesOrQuoteReplies() {
        MessageAnalysis scare = read("这“新鲜”的荔枝 一半是黑的");
        assertThat(scare.has(Signal.QUOTED_PRAISE)).isTrue();
        assertThat(scare.cuesOf(Signal.QUOTED_PRAISE)).containsExactly("“新鲜”");
        MessageAnalysis reply = read("「盖子合不上」 我家这罐也是");
        assertThat(reply.has(Signal.QUOTE)).isTrue();
        assertThat(reply.quote()).isEqualTo("盖子合不上");
    }

    @Test
    void emoticonsAreCountedByKind() {
        MessageAnalysis thumbs = read("物流真快👍");
        assertThat(thumbs.hasEmoticon(MessageAnalysis.POSITIVE_EMOTICON)).isTrue();
        assertThat(read("好的[微笑]").hasEmoticon(MessageAnalysis.SARCASM_EMOTICON)).isTrue();
        assertThat(read("娃哭了一晚上[流泪]").hasEmoticon(MessageAnalysis.NEGATIVE_EMOTICON)).isTrue();
    }

    @Test
    void aLexiconRowWithTwoSignalsKeepsBoth() {
        MessageAnalysis both = read("巴适得很");
        assertThat(both.has(Signal.SARCASM)).isTrue();
        assertThat(both.has(Signal.PRAISE)).isTrue();
    }

    @Test
    void aRhetoricalBuShiQuestionAssertsWhatItSeemsToNegate() {
        MessageAnalysis rhetorical = read("收这么多钱 这不是坑人吗");
        assertThat(rhetorical.asksAbout(Signal.OPINION)).isTrue();
        assertThat(rhetorical.cuesOf(Signal.OPINION)).containsExactly("坑人");
        assertThat(read("这不是坑人的").has(Signal.OPINION)).isFalse(); // stated, 不是 negates
    }
}
