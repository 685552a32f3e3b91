package io.communitypulse.sentiment.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.text.SignalTokens;
import io.communitypulse.sentiment.text.TextNormaliser;
import org.junit.jupiter.api.Test;

/** What the negation rule reaches, and what it must leave alone, on the rule evidence itself (no trained weights). */
class RuleScannerTest {
    private final RuleScanner scanner = new RuleScanner(Lexicon.instance(), SignalTokens.instance());

    private RuleEvidence scan(String raw) {
        RuleEvidence evidence = new RuleEvidence();
        scanner.scan(TextNormaliser.normalise(raw), evidence);
        return evidence;
    }

    @Test
    void aNegatorStillFlipsTheWordItNegates() {
        RuleEvidence notVeryGood = scan("不是很好");
        assertThat(notVeryGood.negatedPositive).isEqualTo(1);
        assertThat(notVeryGood.negative).isPositive();
        assertThat(notVeryGood.positive).isZero();

        RuleEvidence notBadAtAll = scan("一点都不差");
        assertThat(notBadAtAll.litotes).isEqualTo(1);
        assertThat(notBadAtAll.positive).isPositive();
    }

    @Test
    void aNegationEndsAtJiuSoTheComplaintAfterItStands() {
        String text = "用了没几天就坏了";
        RuleEvidence brokeInDays = scan(text);
        assertThat(brokeInDays.negatedNegative).isZero();
        assertThat(brokeInDays.negative).isPositive();
        assertThat(brokeInDays.positive).isZero();
        // the n-grams of 坏了 are the plain ones, not the "negated" features
        assertThat(brokeInDays.negated[text.indexOf('坏')]).isFalse();

        RuleEvidence unusableInTwoDays = scan("买了没用几次就不能用了");
        assertThat(unusableInTwoDays.negative).isPositive();
        assertThat(unusableInTwoDays.positive).isZero();
    }

    @Test
    void wordsThatStartWithANegatorNegateNothingAfterThem() {
        for (String complaint : new String[] {"毫不犹豫的差评", "毫不犹豫地退货了", "不得不说太难吃了", "没想到这么难吃",
                "不仅难吃而且贵", "不停地掉色", "没多久就坏了"}) {
            RuleEvidence e = scan(complaint);
            assertThat(e.negative).as(complaint).isPositive();
            assertThat(e.positive).as(complaint).isZero();
            assertThat(e.negatedNegative + e.negatedPositive).as(complaint).isZero();
        }
        for (String praise : new String[] {"不得不说真好吃", "不仅好吃而且便宜", "没想到这么好吃", "质量没得说", "爱不释手"}) {
            RuleEvidence e = scan(praise);
            assertThat(e.positive).as(praise).isPositive();
            assertThat(e.negative).as(praise).isZero();
        }
    }

    @Test
    void aPoliteApologyHoldsNoComplaint() {
        RuleEvidence e = scan("不好意思，请问什么时候发货");
        assertThat(e.negative).isZero();
        assertThat(e.negatedPositive + e.negatedNegative).isZero();
    }

    @Test
    void aClosingBuAsks() {
        assertThat(scan("这个好用不").question).isTrue();
        assertThat(scan("吃了会过敏不").problems).isZero();
        assertThat(scan("不知道好用不").negatedPositive).isZero();
        assertThat(scan("这个好用").question).isFalse();
    }
}
