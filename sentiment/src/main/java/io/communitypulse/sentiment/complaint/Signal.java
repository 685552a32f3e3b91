package io.communitypulse.sentiment.complaint;

import java.util.Locale;

/**
 * What a word or phrase of a chat line signals, as listed in {@code complaint/signals.tsv} and
 * {@code complaint/symptoms.tsv} (where every entry is a {@link #SYMPTOM}), plus a few the analyser
 * finds by pattern ({@link #DURATION}, {@link #QUOTED_PRAISE}, {@link #QUOTE}). Used as bits of an int.
 */
public enum Signal {
    /** A defect, harm, delay or shortfall stated as a fact (发霉, 拉肚子, 没发货, 少了). */
    SYMPTOM,
    /** A negative judgement or emotion (差, 离谱, 智商税, 服了). */
    OPINION,
    /** A threat, a complaint lodged elsewhere, leaving (投诉, 12315, 曝光, 退群, 再也不买). */
    ESCALATE,
    /** A refund, return or compensation demanded or done (退款, 退货, 赔); a question about it only asks. */
    DEMAND,
    /** Aligning with what was said before (我也是, 同款, 一模一样, 跟楼上, 不是个例). */
    AGREE,
    /** The problem goes on (还是, 照样, 没动静, 又). */
    FOLLOWUP,
    /** What the problem cost the member (扔了, 断粮, 去医院). */
    CONSEQUENCE,
    /** Praise or thanks that are ironic after a complaint on their own (真贴心, 好急哦, 呵呵, 巨款). */
    SARCASM,
    /** Words that turn ironic only next to a complaint word, a wait or a follow-up (倒是, 果然, 终于). */
    IRONY,
    /** A positive judgement (好吃, 点赞, 没得说). */
    PRAISE,
    /** Excusing the product or brand (正常, 本来就, 问题不大, 理解). */
    DEFEND,
    /** A bystander's worry (要不要扔, 不敢吃了, 应该没事吧, 群里说). */
    WORRY,
    /** Fear or shock (吓死, 担心, 天哪): a bystander's, unless the line reports a problem of its own. */
    FEAR,
    /** Bought but not yet received, opened or used (刚下单, 还没拆): a bystander unless the line complains. */
    PENDING,
    /** The problem went away (好多了, 消了): praise, unless it went away on another brand. */
    RELIEF,
    /** Now, against an earlier time: a change for the worse (以前2kg 现在1.8kg). */
    NOW,
    /** A question word (请问, 怎么, 多久, 能不能). */
    ASK,
    /** A hypothetical (如果, 万一, 要是). */
    HYPO,
    /** Ads, contact lures, invites, resale (加我微信, 招代理, 砍一刀). */
    SPAM,
    /** The member's own life, not the brand (上班, 熬夜, 装修). */
    LIFE,
    /** Product card and link titles (【小程序】, 官方商城, 破损包赔). */
    CARD,
    /** Group-buy chains and order notes (接龙, 已付款). */
    CHAIN,
    /** The speaker's own item (我家的, 我这箱, 收到的). */
    SELF,
    /** An earlier time (上次, 以前). */
    PAST,
    /** Negates the word right after it (不, 没有, 一点都不). */
    NEGATOR,
    /** A quality a product should have (甜, 保暖, 防水): counts only negated, as an opinion (一点都不甜). */
    VIRTUE,
    /** Swallows text that holds a signal word but is none (不好意思, 差价). */
    NONE,
    /** A span of time gone by (三天了, 第九天, 一个多小时, 到现在). */
    DURATION,
    /** A short quoted word, usually praise, after a complaint: 这"新鲜"的水果. */
    QUOTED_PRAISE,
    /** A quote of an earlier line: 「…」 or a leading 回复xx:. */
    QUOTE;

    public int bit() {
        return 1 << ordinal();
    }

    public boolean in(int mask) {
        return (mask & bit()) != 0;
    }

    static Signal fromName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
