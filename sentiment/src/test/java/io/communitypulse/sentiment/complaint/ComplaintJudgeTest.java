package io.communitypulse.sentiment.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.Aspect;
import org.junit.jupiter.api.Test;

/** Complaints read in their conversation: what joins an open complaint, and what it joins. */
class ComplaintJudgeTest {

    @Test
    void symptomWithoutOpinionWordOpensAComplaintAboutTheNamedProduct() {
        Conversation chat = new Conversation();
        ComplaintVerdict verdict = chat.member("a", "昨天到的桂花乌龙 拆开一股霉味 茶叶上还有白点");
        assertThat(verdict.kind()).isEqualTo(ComplaintKind.COMPLAINT_SYMPTOM);
        assertThat(verdict.evidence()).isTrue();
        assertThat(verdict.products()).containsExactly("SY-001");
        assertThat(verdict.joinsMessageId()).isNull();
        assertThat(verdict.cues()).contains("霉味");
    }

    @Test
    void agreementWithoutStockPhrasesJoinsTheOpenComplaint() {
        Conversation chat = new Conversation();
        chat.member("a", "冷泡茶包泡了一晚上 水还是白的 一点颜色没有");
        assertThat(chat.newMembers("俺家这盒一毛一样", "原来不止我家 还以为是我水太凉", "跟楼上一个命 白买了"))
                .allSatisfy(verdict -> {
                    assertThat(verdict.evidence()).isTrue();
                    assertThat(verdict.joinsMessageId()).isEqualTo(Conversation.idOf(1));
                    assertThat(verdict.products()).containsExactly("SY-002");
                });
        assertThat(chat.complainingMembers()).isEqualTo(4);
    }

    @Test
    void followUpThatNamesNothingCountsOnlyWhileAComplaintIsOpen() {
        Conversation quiet = new Conversation();
        assertThat(quiet.member("a", "等了一下午 还是没人回").evidence()).isTrue(); // a wait stated is a complaint anyway
        Conversation open = new Conversation();
        open.member("a", "乌龙喝完嗓子发干 还有点头晕");
        ComplaintVerdict followUp = open.member("b", "我家宝宝喝了也拉了两天");
        assertThat(followUp.evidence()).isTrue();
        assertThat(followUp.joinsMessageId()).isEqualTo(Conversation.idOf(1));
        // the rules count a follow-up the model reads as negative; the shipped reader is sure this one is none, a
        // loss of its step 15 (docs/complaints.md): 晕 alone is in no training line
        Conversation rules = new Conversation(ComplaintRecognizer.rulesOnly());
        rules.member("a", "乌龙喝完嗓子发干 还有点头晕");
        assertThat(rules.member("b", "我家老人喝了也晕了一下午").joinsMessageId()).isEqualTo(Conversation.idOf(1));
        Conversation quietRules = new Conversation(ComplaintRecognizer.rulesOnly());
        assertThat(quietRules.member("b", "我家老人喝了也晕了一下午").evidence()).isFalse();
    }

    @Test
    void theComplainersAnswerToADefenderFollowsUp() {
        Conversation chat = new Conversation();
        chat.member("a", "冷泡茶包一泡就散 茶渣全漏出来了");
        chat.member("b", "是不是你用开水泡了 冷泡要凉水");
        ComplaintVerdict answer = chat.member("a", "凉白开泡的");
        assertThat(answer.kind()).isEqualTo(ComplaintKind.NEGATIVE_FOLLOWUP);
        assertThat(answer.joinsMessageId()).isEqualTo(Conversation.idOf(1));
    }

    @Test
    void sarcasmAfterAComplaintIsEvidence() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙到手 罐子压扁了 盖子都合不上");
        assertThat(chat.member("b", "这\"精美\"礼盒 送人我是不敢了").kind()).isEqualTo(ComplaintKind.SARCASM);
        assertThat(chat.member("c", "快递真给力👍 罐子都能压成饼").kind()).isEqualTo(ComplaintKind.SARCASM);
        assertThat(chat.member("d", "呵呵 年货买成这样").evidence()).isTrue();
    }

    @Test
    void aBareThumbsUpAfterAComplaintIsSarcasmButAfterAFixItThanks() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶全潮了");
        assertThat(chat.member("b", "👍").kind()).isEqualTo(ComplaintKind.SARCASM);
        assertThat(chat.member("c", "[强][强]").kind()).isEqualTo(ComplaintKind.SARCASM);
        chat.staff("抱歉 马上给您补寄一罐");
        assertThat(chat.member("a", "👍").evidence()).isFalse();
    }

    @Test
    void escalationTakesTheProductAndAspectOfTheComplaintItJoins() {
        Conversation chat = new Conversation();
        chat.member("a", "冷泡茶包里喝出一根头发");
        ComplaintVerdict escalation = chat.member("b", "今天不给说法 我就打12315");
        assertThat(escalation.kind()).isEqualTo(ComplaintKind.COMPLAINT_ESCALATION);
        assertThat(escalation.escalation()).isTrue();
        assertThat(escalation.products()).containsExactly("SY-002");
        assertThat(escalation.aspects()).containsExactly(Aspect.ALLERGY_SAFETY);
        assertThat(escalation.cues()).contains("12315");
        assertThat(escalation.strength()).isGreaterThan(0.75);
    }

    @Test
    void aReplyToAComplaintAgreesEvenWithoutWords() {
        Conversation chat = new Conversation();
        chat.member("a", "客服两天没回消息了");
        chat.member("b", "周末有人去爬山吗");
        ComplaintVerdict reply = chat.reply("c", Conversation.idOf(1), "+10086");
        assertThat(reply.kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(reply.joinsMessageId()).isEqualTo(Conversation.idOf(1));
    }

    @Test
    void aQuoteReplyJoinsTheQuotedComplaint() {
        Conversation chat = new Conversation();
        chat.member("a", "罐子里的干燥剂破了 茶叶上全是白粉");
        chat.member("b", "今天天气不错");
        ComplaintVerdict quote = chat.member("c", "「干燥剂破了」 我这罐也是");
        assertThat(quote.evidence()).isTrue();
        assertThat(quote.joinsMessageId()).isEqualTo(Conversation.idOf(1));
    }

    @Test
    void aStrongNegativeModelScoreIsNotSilencedByAMissingListedWord() {
        Conversation chat = new Conversation();
        ComplaintVerdict verdict = chat.member("a", "这次的乌龙真的让人非常失望透顶");
        assertThat(verdict.evidence()).isTrue();
        assertThat(verdict.strength()).isGreaterThan(0.6);
    }

    @Test
    void aComplaintNamingAnotherProductOpensItsOwnThread() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        ComplaintVerdict other = chat.member("b", "冷泡茶包也有问题 袋子是破的");
        assertThat(other.evidence()).isTrue();
        assertThat(other.joinsMessageId()).isNull();
        assertThat(other.products()).containsExactly("SY-002");
    }

    @Test
    void anOpenComplaintExpiresWithTheWindow() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        chat.silence(ConversationState.WINDOW_MILLIS + 1);
        ComplaintVerdict late = chat.member("b", "+1");
        assertThat(late.evidence()).isFalse();
        assertThat(chat.state().lines).hasSize(1);
    }

    @Test
    void cuesAreWholeWordsAndPhrases() {
        Conversation chat = new Conversation();
        ComplaintVerdict verdict = chat.member("a", "下单第六天了 物流一直没更新 客服也不回");
        assertThat(verdict.cues()).isNotEmpty().allSatisfy(cue -> assertThat(cue).hasSizeGreaterThan(1))
                .contains("第六天了");
    }

    @Test
    void staffLinesAreNeverEvidenceButKeepTheirProducts() {
        Conversation chat = new Conversation();
        ComplaintVerdict staff = chat.staff("非常抱歉 这批冷泡茶包有破损漏渣 变质的全部退款 投诉我们都认");
        assertThat(staff.kind()).isEqualTo(ComplaintKind.STAFF);
        assertThat(staff.evidence()).isFalse();
        assertThat(staff.products()).containsExactly("SY-002");
    }

    @Test
    void aStronglyNegativeScoreIsAComplaintEvenWhenTheModelsLabelStaysNeutral() {
        // the model scores this about -0.8 but labels it neutral, because no lexicon word fired
        ComplaintVerdict verdict = new Conversation().member("a", "那个电热毯开一晚上 只有一半是热的");
        assertThat(verdict.evidence()).isTrue();
    }

    @Test
    void praiseLongAfterAComplaintIsPraiseNotSarcasm() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙到手 罐子压扁了 盖子都合不上");
        chat.member("b", "今天降温了 大家多穿点");
        assertThat(chat.member("c", "冷泡茶包真好喝 已经回购了").kind()).isEqualTo(ComplaintKind.PRAISE);
    }

    @Test
    void aMeTooAfterAnUnreadReportMakesItTheComplaintOthersJoin() {
        // the rules alone: the learned reader reads this report as a complaint itself, so nothing would be revealed
        Conversation chat = new Conversation(ComplaintRecognizer.rulesOnly());
        assertThat(chat.member("a", "新买的拖鞋 穿了两天底就和面分家了").evidence()).isFalse();
        ComplaintVerdict meToo = chat.member("b", "我家的也是 才穿了一次");
        assertThat(meToo.kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(meToo.joinsMessageId()).isEqualTo(Conversation.idOf(1));
        assertThat(chat.member("c", "我也是").joinsMessageId()).isEqualTo(Conversation.idOf(1));
    }

    @Test
    void aMeTooAfterOtherTalkStaysOtherTalk() {
        Conversation chat = new Conversation();
        chat.member("a", "周末带娃去爬山 累得腿都抬不起来");
        assertThat(chat.member("b", "我也是 在家躺了一天").evidence()).isFalse();
    }

    @Test
    void aReplyToAComplaintThatOnlyChatsDoesNotJoinIt() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙到手 罐子压扁了 盖子都合不上");
        assertThat(chat.reply("b", Conversation.idOf(1), "刚下班").evidence()).isFalse();
        assertThat(chat.reply("c", Conversation.idOf(1), "好的[抱拳]").evidence()).isFalse();
        assertThat(chat.reply("d", Conversation.idOf(1), "我这罐也瘪了一块").evidence()).isTrue();
    }
}
