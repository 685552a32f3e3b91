package io.communitypulse.pipeline.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PileOnCueTest {

    @ParameterizedTest
    @ValueSource(strings = {"我也是", "+1", "＋1！", "同样的问题", "我也过敏了", "退款了", "俺也一样", "Me too"})
    void shouldRecogniseShortAgreement(String text) {
        assertThat(PileOnCue.matches(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "什么时候发货", "谢谢客服", "今天天气不错，我们去公园吧", "我也想要", "一样一样", "同问"})
    void shouldIgnoreOtherChat(String text) {
        assertThat(PileOnCue.matches(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void shouldIgnoreLongMessagesThatMerelyContainAPhrase() {
        assertThat(PileOnCue.matches("我也是昨天才加的群，想问一下这个面霜适合敏感肌吗？有没有用过的姐妹可以说一说感受呀"))
                .isFalse();
    }
}
