package io.communitypulse.sentiment.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conversations that must not make a three-member complaint (the must-not-alert list), each written
 * for this test: the lines that only look like complaints come out as what they are.
 */
class MustNotComplainTest {

    @Test
    void oneMemberRantingAloneIsOneComplainer() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子压瘪了");
        chat.member("a", "客服也不回");
        chat.member("a", "气死了 再也不买了");
        chat.member("a", "今天不处理我就去投诉");
        assertThat(chat.verdicts()).allMatch(ComplaintVerdict::evidence);
        assertThat(chat.complainingMembers()).isEqualTo(1);
    }

    @Test
    void aPraiseWaveWithPlusOnesIsNoComplaint() {
        Conversation chat = new Conversation();
        assertThat(chat.member("a", "桂花乌龙真香 第二泡还有花味").kind()).isEqualTo(ComplaintKind.PRAISE);
        assertThat(kinds(chat.newMembers("+1", "同感 回购第三罐了", "我也是 天天喝", "确实 比外面的好喝")))
                .containsOnly(ComplaintKind.PLUS_ONE_PRAISE);
        assertThat(chat.complainingMembers()).isZero();
    }

    @Test
    void aWaveOfPoliteQuestionsIsNoComplaint() {
        Conversation chat = new Conversation();
        assertThat(kinds(chat.newMembers("请问冷泡茶包一次放几包呀[微笑]", "收到要是有破损怎么处理呀[微笑]", "孕妇能喝乌龙吗",
                "退货流程在哪里看[微笑]", "几天能发货呀 想送人", "要是不好喝能退吗"))).containsOnly(ComplaintKind.QUESTION);
    }

    @Test
    void staffApologisingWithComplaintWordsIsNoComplaint() {
        Conversation chat = new Conversation();
        chat.staff("非常抱歉 本批冷泡茶包存在漏渣 破损 受潮变质的情况 已全部召回 投诉和退款我们优先处理");
        chat.staff("给大家添麻烦了 过敏不适的请及时就医 费用我们承担");
        assertThat(chat.verdicts()).noneMatch(ComplaintVerdict::evidence);
    }

    @Test
    void membersDefendingTheProductAreNoComplaint() {
        Conversation chat = new Conversation();
        chat.member("a", "冷泡茶包泡出来有点浑");
        assertThat(kinds(chat.newMembers("冷泡本来就会有点浑 正常的", "我的挺好的 一点问题都没有", "是不是你泡太久了",
                "快递路上压的吧 不能全怪商家"))).containsOnly(ComplaintKind.DEFEND);
        assertThat(chat.complainingMembers()).isEqualTo(1);
    }

    @Test
    void iWantToKnowTooAfterANeutralQuestionIsNoAgreement() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙能用保温杯泡吗");
        ComplaintVerdict same = chat.member("b", "我也想知道");
        assertThat(same.evidence()).isFalse();
        assertThat(chat.member("c", "同问").evidence()).isFalse();
    }

    @Test
    void aSpamWaveIsSpam() {
        Conversation chat = new Conversation();
        assertThat(kinds(chat.newMembers("兼职刷单 日结300 加我微信", "招代理 一件代发 宝妈首选", "帮我砍一刀吧 谢谢家人们",
                "祛痘神器 三天见效 私我"))).containsOnly(ComplaintKind.SPAM);
        assertThat(chat.member("x", "又是骗子 管理员快踢了").evidence()).isFalse();
    }

    @Test
    void aGroupBuyChainIsChatter() {
        Conversation chat = new Conversation();
        String chain = "#接龙 周五团购 冷泡茶包 破损包退 坏了包赔 29元两盒\\n1. 小山 (示例)";
        chat.staff(chain);
        chain += "\\n2. 3栋王姐 2盒";
        assertThat(chat.member("a", chain).kind()).isEqualTo(ComplaintKind.CHATTER);
        chain += "\\n3. 老刘 1盒";
        assertThat(chat.member("b", chain).kind()).isEqualTo(ComplaintKind.CHATTER);
        assertThat(chat.member("c", "已付款 29").evidence()).isFalse();
    }

    @Test
    void aProductCardPostedTwiceIsNoComplaint() {
        Conversation chat = new Conversation();
        String card = "[小程序] 山野茶社官方商城｜桂花乌龙 250g 罐装 破损包赔 坏单包退 过敏包退";
        chat.staff(card);
        assertThat(chat.member("a", card).kind()).isEqualTo(ComplaintKind.CHATTER);
        assertThat(chat.member("b", "[链接] 山野茶社官方商城｜桂花乌龙 破损包赔 转给我婆婆看看").evidence()).isFalse();
    }

    @Test
    void aWorriedBystanderIsNoComplainer() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙喝完胃疼了一晚上");
        assertThat(kinds(chat.newMembers("不会吧 我刚下单 要不要退啊", "我家还有两罐没开 还敢喝吗", "看群里说胃疼 有点怕")))
                .containsOnly(ComplaintKind.BYSTANDER_WORRY);
        assertThat(chat.complainingMembers()).isEqualTo(1);
    }

    @Test
    void negativeMoodNotAboutTheBrandIsChatter() {
        Conversation chat = new Conversation();
        assertThat(chat.newMembers("加班到十点 累死了", "装修真的要命 天天吵架", "减肥第五天 饿到崩溃"))
                .noneMatch(ComplaintVerdict::evidence);
    }

    @Test
    void aSincereSmileOnAQuestionAfterAComplaintIsNoSarcasm() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        ComplaintVerdict question = chat.member("b", "请问桂花乌龙有小罐装吗[微笑]");
        assertThat(question.kind()).isEqualTo(ComplaintKind.QUESTION);
    }

    @Test
    void thanksAfterTheStaffFixIsPraise() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        chat.staff("抱歉 马上给您补寄一罐");
        assertThat(chat.member("a", "收到了 处理挺快 谢谢").kind()).isEqualTo(ComplaintKind.PRAISE);
    }

    private static List<ComplaintKind> kinds(List<ComplaintVerdict> verdicts) {
        return verdicts.stream().map(ComplaintVerdict::kind).toList();
    }
}
