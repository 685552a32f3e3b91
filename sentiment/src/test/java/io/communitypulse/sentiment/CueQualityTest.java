package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cues are what an alert shows a brand operator: whole words and phrases, never n-gram fragments. */
class CueQualityTest {
    private static final ProductCatalogue CATALOGUE = ProductCatalogue.of(Map.of("nengliang", List.of(
            new ProductCatalogue.Product("nl-protein-bar", "乳清蛋白棒", List.of("蛋白棒", "能量棒")))));
    private static final SentimentModel MODEL = SentimentModel.loadDefault(CATALOGUE);

    private static List<String> cues(String text) {
        SentimentResult result = MODEL.score("nengliang", text);
        assertThat(result.label()).as(text).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(result.cues()).as(text).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(6);
        return result.cues();
    }

    @Test
    void cuesAreWholeWordsNotFragmentsOfTheProductName() {
        List<String> cues = cues("吃了蛋白棒拉肚子了，真的无语");
        assertThat(cues).contains("无语").anyMatch(c -> c.startsWith("拉肚子"));
        assertThat(cues).noneMatch(c -> c.contains("棒") || c.contains("蛋"));
    }

    @Test
    void aProblemWordAfterAProductNameIsShownWithoutThePiecesOfTheName() {
        List<String> cues = cues("同问，我也这样，乳清蛋白棒吃完过敏了，嘴巴肿[难过]");
        assertThat(cues).contains("嘴巴肿", "[难过]").anyMatch(c -> c.startsWith("过敏"));
        assertThat(cues).noneMatch(c -> c.contains("清蛋") || c.contains("蛋") || c.contains("棒"));
    }

    @Test
    void aWaitIsShownWithItsWholeNumberPhrase() {
        assertThat(cues("等了40分钟还没到")).contains("等了40分钟");
        assertThat(cues("等了一个多小时才送到")).anyMatch(c -> c.contains("等了一个多小时"));
        // whether the wait is a cue at all depends on the trained weights; if it is, it is whole
        assertThat(cues("等了两个多小时还没送到，太慢了")).noneMatch(c -> c.endsWith("两") || c.endsWith("个") || c.endsWith("多"));
        assertThat(cues("孩子喝了这个奶粉拉肚子两天了[流泪]")).contains("拉肚子两天").noneMatch(c -> c.startsWith("个"));
    }

    @Test
    void aNegatorOrAdverbStaysWithTheWordItModifies() {
        assertThat(cues("十二点半了还没送到，饿死了")).anyMatch(c -> c.contains("没送到"));
        assertThat(cues("京酱肉丝太咸了")).contains("太咸了");
    }

    @Test
    void praiseBesideTheComplaintIsNoCue() {
        assertThat(cues("饭菜不错，速度太慢了")).contains("太慢了").noneMatch(c -> c.contains("不错"));
        assertThat(cues("看着不错，不过用了就过敏")).anyMatch(c -> c.contains("过敏")).noneMatch(c -> c.contains("不错"));
        assertThat(cues("一点都不差，就是太贵了")).contains("太贵").noneMatch(c -> c.contains("不差"));
        // a negator that reaches across a verb may belong to the verb (未 送到): its phrase stays a cue
        assertThat(cues("已经二小时了还未送到饿坏了")).anyMatch(c -> c.contains("未送到"));
    }

    @Test
    void punctuationSignalsAndEmoticonsStandAloneAndLexiconWordsAreNotCutOff() {
        List<String> cues = cues("我也是！！！等个说法[捂脸]");
        assertThat(cues).contains("说法", "[捂脸]", "！！！");
        assertThat(cues).noneMatch(c -> c.contains("说法[") || c.contains("!") || c.endsWith("等"));
    }

    @Test
    void leadingAndTrailingPunctuationIsTrimmed() {
        assertThat(cues("已经申请退款了，再也不买了")).contains("再也不买").noneMatch(c -> c.startsWith(","));
        assertThat(cues("怎么还没发货？？？")).contains("怎么还没发货", "？？？");
        assertThat(cues("退钱！！！")).containsExactly("退钱", "！！！");
        for (String text : new String[] {"又发霉了！上次买的也是这样", "客服态度太差了，问两句就不耐烦",
                "说好的次日达呢？？？", "等了三天没人理，退款了", "不是很好用，有点黏"}) {
            assertThat(cues(text)).as(text).allMatch(CueQualityTest::noEdgePunctuation);
        }
    }

    @Test
    void noLoneCharactersThatAreNoWords() {
        for (String text : new String[] {"面霜用了过敏，脸上起疹子了", "我也是过敏了，脸上起了好多小疙瘩",
                "客服一直不回消息，什么态度", "+1 我女儿用了也长痘", "宝宝喝了这个奶粉拉肚子，怎么回事",
                "看着不错，不过用了就过敏", "鞋子开胶了，质量堪忧"}) {
            assertThat(cues(text)).as(text).noneMatch(c -> c.length() == 1 && !"贵坑小".contains(c));
        }
        // a one-character lexicon word is a word: 贵 may be a cue
        assertThat(cues("不推荐，效果一般还贵")).contains("不推荐");
    }

    @Test
    void ngramEvidenceSnapsToTheLexiconWordItOverlaps() {
        assertThat(cues("快递太慢了，等了一个星期，客服也不回消息")).contains("不回消息").noneMatch(c -> c.startsWith("递"));
        assertThat(cues("这质量也太差了吧，洗一次就掉色")).noneMatch(c -> c.startsWith("量"));
        assertThat(cues("虽然便宜，但是质量太差了")).noneMatch(c -> c.startsWith("宜") || c.startsWith("然"));
        assertThat(cues("ＳＫＵ发错了，我要的是大瓶")).noneMatch(c -> c.startsWith("u"));
    }

    @Test
    void sarcasmStaysTheFirstCue() {
        assertThat(cues("好棒哦，又等了三天[微笑]")).first().isEqualTo("[微笑](sarcasm)");
    }

    private static boolean noEdgePunctuation(String cue) {
        String punctuation = ",.!?;:，。！？；：~ ";
        return punctuation.indexOf(cue.charAt(0)) < 0 && punctuation.indexOf(cue.charAt(cue.length() - 1)) < 0
                || cue.equals("！！！") || cue.equals("？？？");
    }
}
