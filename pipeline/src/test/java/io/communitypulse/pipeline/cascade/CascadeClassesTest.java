package io.communitypulse.pipeline.cascade;

import static io.communitypulse.pipeline.Fixtures.minutes;
import static io.communitypulse.pipeline.Scored.member;
import static io.communitypulse.pipeline.Scored.reply;
import static io.communitypulse.pipeline.Scored.staff;
import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.events.alert.Alert;
import io.communitypulse.pipeline.Fixtures;
import io.communitypulse.pipeline.Scored;
import io.communitypulse.pipeline.enrich.EnrichedMessage;
import io.communitypulse.pipeline.timeline.TimelineHarness;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cascade rule on the ways customers really complain in chat, and on what must not raise an alert:
 * each conversation is scored by the shipped model and read by the complaint recognizer, then fed to
 * the cascade detector on its timeline. The lines are written for these tests, not taken from the
 * labelled chat sets.
 */
class CascadeClassesTest {

    @Test
    void symptomsWithoutOpinionWordsAlertAtTheThirdMember() throws Exception {
        assertAlertsAtTheThirdMember(
                member("a1", "u1", "换了新批次的冻干猫粮 猫吃完吐了两回", minutes(0)),
                member("a2", "u2", "我家猫也是 吃了就拉稀", minutes(1)),
                member("a3", "u3", "一模一样的情况 昨晚吐了一地", minutes(2)));
    }

    @Test
    void agreementThatIsNoListedPhraseAndAFollowUpNamingNothingCount() throws Exception {
        assertAlertsAtTheThirdMember(
                member("b1", "u1", "这批虾仁解冻后一股怪味 冰袋都化了", minutes(0)),
                member("b2", "u2", "俺家的也是 冰袋早化没了", minutes(1)),
                member("b3", "u3", "我家宝宝吃了也拉了两天", minutes(3)));
    }

    @Test
    void tracksThatDoNotUpdateAndAnEscalationCount() throws Exception {
        assertAlertsAtTheThirdMember(
                member("c1", "u1", "阳光玫瑰物流三天没更新了", minutes(0)),
                member("c2", "u2", "我的也是 到现在还显示没揽收", minutes(1)),
                member("c3", "u3", "再不发货我就打12315投诉了", minutes(2)));
    }

    @Test
    void sarcasmAfterAComplaintCounts() throws Exception {
        assertAlertsAtTheThirdMember(
                member("d1", "u1", "阳光玫瑰一半都是烂的", minutes(0)),
                member("d2", "u2", "这\"新鲜\"的葡萄我也是服了", minutes(1)),
                reply("d3", "u3", "真是感谢你们这么用心的挑选呢[微笑]", "d1", minutes(2)));
    }

    @Test
    void aReportNobodyReadAsOneCountsOnceOthersSayMeToo() throws Exception {
        // the first line holds no listed defect word; the members who say "me too" show it was a complaint
        assertAlertsAtTheThirdMember(
                member("n1", "u1", "新买的拖鞋 穿了两天底就和面分家了", minutes(0)),
                member("n2", "u2", "我家的也是 才穿了一次", minutes(1)),
                member("n3", "u3", "一模一样的情况 我也是", minutes(2)));
    }

    @Test
    void aComplaintInWordsNoListKnowsCountsAsItsMemberWroteIt() throws Exception {
        // no listed defect word, no aspect: the learned reader reads the opener as a complaint, and it counts
        assertAlertsAtTheThirdMember(
                member("w1", "u1", "收音机右上角有一块白斑 开机特别明显", minutes(0)),
                member("w2", "u2", "我也是 我这台也有", minutes(1)),
                member("w3", "u3", "一模一样的情况 我也是", minutes(2)));
    }

    @Test
    void aReportRevealedByMeTooShowsAsItsMemberWroteIt() throws Exception {
        // the shipped reader reads this report as talk; the "me too" after it shows it was a complaint
        EnrichedMessage report = member("r1", "u1", "这批面膜敷完整张脸都是红的 明天还要上班", minutes(0));
        List<Alert> alerts = run(report, member("r2", "u2", "我家的也是 敷完红了一晚上", minutes(1)),
                member("r3", "u3", "一模一样的情况 我也是", minutes(2)));
        assertThat(alerts).isNotEmpty();
        assertThat(alerts.get(0).distinctMembers()).isEqualTo(3);
        assertThat(alerts.get(0).evidence()).anySatisfy(evidence -> {
            assertThat(evidence.messageId()).isEqualTo("r1");
            assertThat(evidence.text()).isEqualTo(report.message().text());
        });
    }

    @Test
    void oneMemberRantingAloneOrTwoMembersDoNotAlert() throws Exception {
        assertNoAlert(member("e1", "u1", "面霜用了脸上起疹子", minutes(0)),
                member("e2", "u1", "又痒又红 太难受了", minutes(1)),
                member("e3", "u1", "客服也不回 服了", minutes(2)),
                member("e4", "u2", "我也是 用完脸就红", minutes(3)),
                member("e5", "u1", "要求退款", minutes(4)));
    }

    @Test
    void oneMemberRantingWhileBystandersReactWithEmoticonsDoesNotAlert() throws Exception {
        assertNoAlert(member("k1", "u1", "牙膏退款申请了三天没人处理[发怒]", minutes(0)),
                member("k2", "u2", "[裂开][裂开][裂开]", minutes(0).plusSeconds(10)),
                member("k3", "u1", "售后态度太差了！！！", minutes(1)),
                member("k4", "u3", "[裂开][裂开]", minutes(1).plusSeconds(10)));
    }

    @Test
    void aGroupBuyChainAndAProductCardPostedTwiceDoNotAlert() throws Exception {
        assertNoAlert(member("m1", "u1", "[小程序] 阳光玫瑰 坏果包赔 顺丰包邮 限时秒杀", minutes(0)),
                member("m2", "u2", "#接龙 阳光玫瑰 坏果包赔 1. 王姐 2箱", minutes(1)),
                member("m3", "u3", "#接龙 阳光玫瑰 坏果包赔 1. 王姐 2箱 2. 小李 1箱", minutes(2)),
                member("m4", "u4", "#接龙 阳光玫瑰 坏果包赔 1. 王姐 2箱 2. 小李 1箱 3. 阿芳 3箱", minutes(3)),
                member("m5", "u5", "[小程序] 阳光玫瑰 坏果包赔 顺丰包邮 限时秒杀", minutes(4)));
    }

    @Test
    void aPraiseWaveAndPlusOnesToPraiseDoNotAlert() throws Exception {
        assertNoAlert(member("f1", "u1", "阳光玫瑰超好吃 孩子抢着吃", minutes(0)),
                member("f2", "u2", "+1 这批真的好", minutes(1)),
                member("f3", "u3", "我也是 已经回购三次了", minutes(2)),
                member("f4", "u4", "同感 比超市的强多了", minutes(3)));
    }

    @Test
    void aWaveOfPoliteQuestionsAndMeTooToAQuestionDoNotAlert() throws Exception {
        assertNoAlert(member("g1", "u1", "请问冻干猫粮什么时候发货呀[微笑]", minutes(0)),
                member("g2", "u2", "我也想知道", minutes(1)),
                member("g3", "u3", "如果收到坏的怎么退呀", minutes(2)),
                member("g4", "u4", "幼猫可以吃吗", minutes(3)));
    }

    @Test
    void staffApologisingAndMembersDefendingTheProductDoNotAlert() throws Exception {
        assertNoAlert(member("h1", "u1", "虾仁有点腥", minutes(0)),
                staff("h2", "s1", "非常抱歉 变质破损我们都包赔 麻烦私信拍照 给您添麻烦了", minutes(1)),
                staff("h3", "s1", "已经安排退款 再次抱歉", minutes(2)),
                member("h4", "u2", "我的挺好的 解冻方法不对才会腥", minutes(3)),
                member("h5", "u3", "正常的 海鲜都有点味道", minutes(4)));
    }

    @Test
    void threeUnrelatedComplaintsDoNotAlert() throws Exception {
        assertNoAlert(member("i1", "u1", "面霜的泵头坏了", minutes(0)),
                member("i2", "u2", "虾仁到的时候冰袋化了", minutes(3)),
                member("i3", "u3", "阳光玫瑰有点酸", minutes(6)));
    }

    @Test
    void aSpamWaveDoesNotAlert() throws Exception {
        assertNoAlert(member("j1", "u1", "招代理 零囤货 一件代发 加我微信", minutes(0)),
                member("j2", "u2", "帮忙砍一刀 链接在下面", minutes(1)),
                member("j3", "u3", "低价代购大牌面霜 私聊", minutes(2)),
                member("j4", "u4", "进群领红包 扫码", minutes(3)));
    }

    private static void assertAlertsAtTheThirdMember(EnrichedMessage... conversation) throws Exception {
        List<Alert> alerts = run(conversation);
        assertThat(alerts).as("alerts").isNotEmpty();
        Alert first = alerts.get(0);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.distinctMembers()).isEqualTo(3);
        assertThat(first.detectedAt()).isEqualTo(conversation[conversation.length - 1].message().sentAt());
        assertThat(first.cues()).isNotEmpty();
    }

    private static void assertNoAlert(EnrichedMessage... conversation) throws Exception {
        assertThat(run(conversation)).isEmpty();
    }

    private static List<Alert> run(EnrichedMessage... conversation) throws Exception {
        try (TimelineHarness timeline = new TimelineHarness(List.of(new CascadeDetector(CascadeRule.DEFAULT,
                new CascadeAlerts(Scored.CATALOGUE, CascadeRule.DEFAULT))))) {
            timeline.feed(conversation);
            timeline.watermarkAt(Duration.between(Fixtures.BASE,
                    conversation[conversation.length - 1].message().sentAt()).plusSeconds(10));
            return timeline.alerts();
        }
    }
}
