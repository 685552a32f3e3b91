package io.communitypulse.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberPhrasesTest {
    private static String phraseAt(String text, int from) {
        int end = NumberPhrases.endAt(text, from);
        return end < 0 ? null : text.substring(from, end);
    }

    @Test
    void aNumberWithItsUnitIsOnePhrase() {
        assertThat(phraseAt("等了两个多小时", 2)).isEqualTo("两个多小时");
        assertThat(phraseAt("一个半小时才到", 0)).isEqualTo("一个半小时");
        assertThat(phraseAt("等了200分钟", 2)).isEqualTo("200分钟");
        assertThat(phraseAt("用了一个月", 2)).isEqualTo("一个月");
        assertThat(phraseAt("第二天就降价", 0)).isEqualTo("第二天");
        assertThat(phraseAt("好几个都是破的", 1)).isEqualTo("几个");
        assertThat(phraseAt("这个奶粉", 0)).isEqualTo("这个");
        assertThat(phraseAt("每次都这样", 0)).isEqualTo("每次");
        assertThat(phraseAt("那两天", 0)).isEqualTo("那两天");
    }

    @Test
    void aNumberAloneOrAWordThatStartsWithANumeralIsNone() {
        assertThat(phraseAt("一直很好", 0)).isNull();
        assertThat(phraseAt("味道一般", 2)).isNull();
        assertThat(phraseAt("一点都不好", 0)).isNull();
        assertThat(phraseAt("降了200", 2)).isNull();
        assertThat(phraseAt("第一", 0)).isNull();
        assertThat(phraseAt("等了", 0)).isNull();
        assertThat(phraseAt("这么慢", 0)).isNull();
        assertThat(phraseAt("退个货", 1)).isNull();
    }

    @Test
    void aPhraseThatOnlyPointsOrCountsNamesNothing() {
        assertThat(NumberPhrases.isBarePointer("这个", 0, 2)).isTrue();
        assertThat(NumberPhrases.isBarePointer("这次", 0, 2)).isTrue();
        assertThat(NumberPhrases.isBarePointer("两个", 0, 2)).isTrue();
        assertThat(NumberPhrases.isBarePointer("两个小时", 0, 4)).isFalse();
        assertThat(NumberPhrases.isBarePointer("三天", 0, 2)).isFalse();
        assertThat(NumberPhrases.isBarePointer("这个奶粉", 0, 4)).isFalse();
    }
}
