package io.communitypulse.sentiment.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private final SignalTokens tokens = SignalTokens.instance();

    @Test
    void traditionalCharactersBecomeSimplified() {
        assertThat(TextNormaliser.normalise("這個質量過關")).isEqualTo("这个质量过关");
    }

    @Test
    void fullWidthFormsAndLatinCaseFoldToAscii() {
        assertThat(TextNormaliser.normalise("ＳＫ－ＩＩ　ＯＫ")).isEqualTo("sk-ii ok");
    }

    @Test
    void wechatEmoticonsBecomeOneTokenEach() {
        String text = TextNormaliser.normalise("好棒[微笑][強]");
        assertThat(text).hasSize(4);
        assertThat(tokens.display(text.charAt(2))).isEqualTo("[微笑]");
        assertThat(tokens.kind(text.charAt(2))).isEqualTo(SignalTokens.Kind.SARCASM);
        assertThat(tokens.display(text.charAt(3))).isEqualTo("[强]");
    }

    @Test
    void emojiWithVariationSelectorsBecomeTokens() {
        String text = TextNormaliser.normalise("爱了❤️👍🏻");
        assertThat(text.substring(2)).hasSize(2);
        assertThat(tokens.polarity(text.charAt(2))).isPositive();
        assertThat(tokens.display(text.charAt(3))).isEqualTo("👍");
    }

    @Test
    void repeatedPunctuationCollapsesButKeepsTheSignal() {
        assertThat(TextNormaliser.normalise("发货了吗？？？")).isEqualTo("发货了吗?" + tokens.repeatedQuestion);
        assertThat(TextNormaliser.normalise("退钱!!!")).isEqualTo("退钱!" + tokens.repeatedExclamation);
        assertThat(TextNormaliser.normalise("好吧。。。")).isEqualTo("好吧" + tokens.ellipsis);
        assertThat(TextNormaliser.normalise("发货了吗？")).isEqualTo("发货了吗?");
    }

    @Test
    void longRunsOfOneCharacterAreCutAndWhitespaceCollapsed() {
        assertThat(TextNormaliser.normalise("  哈哈哈哈哈哈   好  ")).isEqualTo("哈哈哈 好");
    }

    @Test
    void unknownBracketsAndPrivateUseCharactersAreHandledSafely() {
        assertThat(TextNormaliser.normalise("[不存在]\uE001")).isEqualTo("[不存在]");
        assertThat(TextNormaliser.normalise(null)).isEmpty();
    }
}
