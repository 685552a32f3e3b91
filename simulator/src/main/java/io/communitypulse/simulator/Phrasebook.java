package io.communitypulse.simulator;

import java.util.List;
import java.util.Map;

/**
 * Fragments of group-chat Chinese that {@link TextComposer} joins into messages. {@code {p}} is a
 * product as members call it, {@code {q}} another product, {@code {s}} a staff nickname, {@code {n}}
 * a price. Kept as data, apart from the logic, so that a native speaker can extend it.
 */
final class Phrasebook {

    private Phrasebook() {}

    static final List<String> QUESTION_OPENERS = List.of(
            "", "", "", "请问", "求助！", "弱弱问一句，", "有没有人知道，", "在吗，", "亲们，", "姐妹们，", "哈喽，", "群主，",
            "想问下，", "话说");
    static final List<String> PRAISE_OPENERS = List.of(
            "", "", "", "姐妹们，", "家人们，", "说真的，", "哈哈，", "必须夸一下，", "真心推荐，", "安利一下，", "不得不说，");
    static final List<String> COMPLAINT_OPENERS = List.of(
            "", "", "", "唉，", "说真的，", "姐妹们，", "吐槽一下，", "无语了，", "家人们，", "真的服了，", "怎么回事，",
            "群主出来说说，");

    static final List<String> POSITIVE_TAILS = List.of(
            "", "", "[强]", "👍", "[玫瑰]", "！！", "~", "[爱心]", "yyds", "😍", "[呲牙]", "✨", "[耶]", "，爱了爱了",
            "，会回购的", "！！！", "[偷笑]");
    static final List<String> NEGATIVE_TAILS = List.of(
            "", "[捂脸]", "[发怒]", "😡", "？？？", "！！！", "[叹气]", "[裂开]", "[流泪]", "，真的无语", "。", "[微笑]",
            "，呵呵", "😤", "[难过]", "，服了", "，太失望了", "[苦涩]");
    static final List<String> NEUTRAL_TAILS = List.of(
            "", "", "", "？", "?", "[微笑]", "🤔", "~", "[呲牙]", "[抱拳]", "🙏", "呀", "哈", "[疑问]");

    static final Map<Aspect, List<String>> COMPLAINTS_ANY = Map.of(
            Aspect.QUALITY, List.of("{p}质量也太差了吧", "这次的{p}跟上次的完全不一样", "{p}感觉不是很好",
                    "{p}品控能不能上点心", "{p}越来越差了", "这批{p}有问题吧"),
            Aspect.ALLERGY_SAFETY, List.of("{p}安全吗？用了不舒服", "{p}成分是不是改了，用了难受"),
            Aspect.LOGISTICS, List.of("{p}下单五天了还没发货", "物流太慢了，{p}到现在还没到", "快递到了{p}盒子都压扁了",
                    "等{p}等了一个礼拜", "显示签收了但我根本没收到{p}", "{p}物流信息三天没更新了"),
            Aspect.SERVICE, List.of("买了{p}有问题，客服不回", "问了三遍客服都没人理", "@{s} 在吗？{p}的事一直没人回",
                    "售后态度太差了", "{p}退款申请了三天没人处理", "客服就会复制粘贴，问题根本没解决"),
            Aspect.PRICE, List.of("{p}怎么又涨价了", "刚买完{p}就降价，能退差价吗", "{p}群里价格比外面还贵",
                    "这个价格买{p}不值", "{p}活动价还没有直播间便宜"),
            Aspect.AUTHENTICITY, List.of("{p}是正品吗？跟专柜的不一样", "这批{p}包装和以前不一样，假的吧",
                    "{p}没有防伪码", "{p}味道和以前不一样，怀疑是假货", "{p}批号查不到"));

    static final Map<BrandKind, Map<Aspect, List<String>>> COMPLAINTS = Map.of(
            BrandKind.SKINCARE, Map.of(
                    Aspect.QUALITY, List.of("{p}搓泥搓得厉害", "{p}味道怪怪的，是不是变质了", "{p}用完脸上油腻腻的",
                            "{p}泵头按不出来", "{p}用了一点效果都没有"),
                    Aspect.ALLERGY_SAFETY, List.of("用了{p}过敏了", "{p}用完脸上起疹子了", "抹了{p}脸又红又痒",
                            "{p}刺痛，敏感肌慎入", "用{p}烂脸了", "{p}用了两天冒了好多闭口")),
            BrandKind.BABY, Map.of(
                    Aspect.QUALITY, List.of("{p}漏尿了一床", "{p}有结块", "{p}干巴巴的", "{p}冲了溶不开全是颗粒",
                            "{p}一扯就断"),
                    Aspect.ALLERGY_SAFETY, List.of("宝宝用了{p}屁屁红了", "宝宝吃了{p}拉肚子", "{p}用了宝宝起红疹",
                            "宝宝喝了{p}吐奶了", "{p}用完宝宝嘴巴周围红了一圈")),
            BrandKind.FRESH_FRUIT, Map.of(
                    Aspect.QUALITY, List.of("{p}又发霉了", "{p}烂了好几个", "{p}一点都不甜", "{p}切开里面是白的，根本没熟",
                            "{p}水水的没味道", "{p}个头比图片小一半"),
                    Aspect.ALLERGY_SAFETY, List.of("吃了{p}嘴巴发麻", "{p}有股药味，是不是打了药", "吃了{p}肚子疼了一晚上")),
            BrandKind.FAST_FOOD, Map.of(
                    Aspect.QUALITY, List.of("{p}今天的是冷的", "{p}分量越来越少了", "{p}吃出一根头发", "{p}太甜了齁得慌",
                            "{p}面包都是硬的"),
                    Aspect.ALLERGY_SAFETY, List.of("吃了{p}拉肚子了", "喝了{p}胃不舒服", "{p}里面有异物，吃着不放心",
                            "{p}吃完过敏了，嘴巴肿")));

    /** What others add under a complaint: short agreement, often with their own version of it. */
    static final List<String> ME_TOO = List.of(
            "我也是", "+1", "同样的问题", "我家也是这样", "我也遇到了", "一样一样", "不止你一个", "我还以为就我一个人这样",
            "我也踩雷了", "楼上说的对", "我的也是，刚想说", "+1，", "我也是！！！", "真的，我也是", "同问，我也这样");
    /** Agreement in members' own words, no stock phrase: 俺家的也是, 一模一样的情况. */
    static final List<String> AGREE_OWN_WORDS = List.of(
            "俺家的也是", "一模一样的情况", "我昨天也这样", "跟楼上一个命", "原来不止我家", "说的就是我", "我这箱也是");
    /** Going on with the complaint without naming the product: time passing, chasing, consequences. */
    static final List<String> FOLLOW_UPS = List.of(
            "到现在都没人管", "问了三天了还是没动静", "我家宝宝吃了也拉了两天", "已经扔了一半了", "还是不行，第二次了",
            "等到现在还没回复");
    /** Mockery of the product once a complaint is open: quoted praise, ironic thanks. */
    static final List<String> SARCASM = List.of(
            "这\"新鲜\"的{p}我也是服了", "真是\"好\"{p}啊[微笑]", "感谢群福利，让我交了智商税[微笑]", "物流真给力👍 一周出个库");
    static final List<String> ME_TOO_ENDINGS = List.of(
            "", "", "，退款了", "，已经申请退款了", "，再也不买了", "，等个说法", "，群主给个解释吧", "，太坑了", "，怎么处理？");

    static final Map<BrandKind, List<String>> PRAISE = Map.of(
            BrandKind.SKINCARE, List.of("{p}真的好用", "回购第三次了{p}", "用了{p}皮肤水水的", "{p}上脸很舒服，不油",
                    "{p}敏感肌也没问题", "{p}一点都不差，比大牌还好用", "{p}用完第二天上妆很服帖"),
            BrandKind.BABY, List.of("宝宝很喜欢{p}", "{p}真的很软很薄", "{p}用了一整晚都没漏", "宝宝吃{p}大便很正常",
                    "{p}冲得开，不上火", "{p}无香味，放心给宝宝用"),
            BrandKind.FRESH_FRUIT, List.of("{p}超甜！！", "今天的{p}太好吃了", "{p}个个都新鲜", "{p}汁水好多",
                    "又回购了{p}，家里人都爱吃", "{p}比超市的好吃多了"),
            BrandKind.FAST_FOOD, List.of("{p}好好吃", "{p}低卡还顶饱", "天天打卡{p}，瘦了三斤", "{p}口感很棒",
                    "{p}性价比很高", "今天的{p}做得特别好"));
    static final List<String> PRAISE_ANY = List.of(
            "{p}性价比很高", "{p}物流好快，昨天下单今天就到了", "客服小姐姐很耐心，{p}的问题很快解决了", "{p}yyds",
            "给{p}点赞", "{p}已经推荐给闺蜜了");
    static final List<String> PRAISE_ECHO = List.of(
            "真的！", "+1 真的好用", "同感", "我也回购了", "我也觉得不错", "我家也爱", "种草了", "看得我也想买了",
            "确实", "求链接", "在哪买的？我也要");

    static final Map<BrandKind, List<String>> QUESTIONS = Map.of(
            BrandKind.SKINCARE, List.of("{p}孕妇能用吗", "敏感肌可以用{p}吗", "{p}和{q}哪个先用", "{p}是早上用还是晚上用",
                    "{p}油皮适合吗"),
            BrandKind.BABY, List.of("宝宝几个月可以吃{p}", "{p}和{q}可以一起用吗", "{p}新生儿能用吗", "{p}是什么尺码的",
                    "{p}转段要注意什么"),
            BrandKind.FRESH_FRUIT, List.of("{p}今天门店有吗", "{p}甜不甜", "{p}能放几天", "{p}是今天到的吗", "{p}几点开团"),
            BrandKind.FAST_FOOD, List.of("{p}能减肥吗", "{p}一天喝几次", "{p}多少卡", "{p}和{q}一起点有优惠吗", "{p}门店几点开"));
    static final List<String> QUESTIONS_ANY = List.of(
            "{p}还有货吗", "{p}怎么用啊", "@{s} {p}什么时候有活动", "{p}保质期多久", "{p}多少钱", "{p}可以开发票吗",
            "{p}包邮吗", "@{s} 我的{p}发货了吗");

    static final List<String> CHIT_CHAT = List.of(
            "早", "早上好", "哈哈哈哈", "今天好热啊", "有人在吗", "收到", "谢谢", "好的", "周末愉快", "下雨了大家出门带伞",
            "宝宝终于睡了", "刚下班", "晚上吃啥", "这个群好热闹", "哈哈哈笑死", "抢到了", "手慢了没抢到", "谢谢老板",
            "冒个泡", "潜水好久了", "今天降温了", "大家中午好", "好羡慕", "学到了", "明天见", "晚安");

    static final List<String> STAFF_ANSWERS = List.of(
            "亲，已经帮您查了，明天发货哦", "亲亲，{p}可以放心用的，有问题随时找我", "您好，麻烦私信我订单号，马上帮您处理",
            "收到，已经反馈给售后了", "抱歉给您带来不好的体验，已安排退换", "有的哦，点群公告里的小程序就能下单",
            "{p}今晚8点有活动，记得来抢", "亲，{p}的用法我私信发您了", "已经帮您登记了，到货第一时间通知您",
            "这个问题我问一下同事，稍等哈", "好的亲，已经记下了，今天给您回复", "亲，{p}现在有货的，直接下单就行");
    static final List<String> STAFF_TAILS = List.of("", "[玫瑰]", "[抱拳]", "🙏", "~", "[爱心]", "哦", "💕");

    static final List<String> PROMOTIONS = List.of(
            "【限时秒杀】{p}今晚8点开抢，到手价{n}元！", "🔥{p}第二件半价，仅限群内，手慢无", "📢会员日！{p}满199减30，点小程序下单",
            "新品上市：{p}，群内专享价{n}元，戳链接👇", "今天下午3点直播讲{p}的正确用法，记得来哦", "【拼团】{p}3人成团{n}元，还差2人！",
            "{p}补货啦，之前没抢到的家人们冲", "晒单返现：买{p}晒图再返5元红包");
    static final List<String> GOOD_MORNINGS = List.of(
            "早上好呀各位宝宝☀️ 今天也要元气满满哦", "早安！今日福利已上架，点小程序领取🎁", "[太阳]早安，今天降温，注意保暖",
            "家人们早上好，新的一周开始啦", "早上好！今天的打卡开始啦，大家冲鸭💪");

    static final List<String> SPAM = List.of(
            "加V：{w} 领免费试用装", "兼职刷单，日赚300+，加微信{w}", "扫码进群领红包，群满即止", "代购正品{p}，比群里便宜一半，私聊",
            "https://t.cn/{c} 点击领取优惠券", "有需要的宝妈加我vx {w}", "出售全新{p}，联系电话1{d}", "进这个群福利更多，扫我头像二维码",
            "免费领{p}小样，+V {w}", "微商招代理，宝妈在家也能月入过万，加 {w}");

    static final List<String> WELCOMES = List.of(
            "欢迎 @{m} 加入{g}！发言前请先看群公告哦~", "热烈欢迎 @{m} 🎉 新人福利点小程序领取", "欢迎新朋友 @{m}，有问题随时@群主");
    static final List<String> NOTICES = List.of(
            "群公告：禁止发广告，违者移出群聊", "温馨提示：本群仅限会员，请勿添加陌生人私聊", "本周群规：文明发言，有售后问题@群主");

    static final List<String> EMOTICONS = List.of(
            "[捂脸]", "[微笑]", "[强]", "[玫瑰]", "[呲牙]", "[偷笑]", "[抱拳]", "[旺柴]", "[666]", "[裂开]", "😂", "👍", "🙏",
            "❤️", "😭", "🌹");
}
