package io.communitypulse.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes message text from {@link Phrasebook} fragments: an opener, a core sentence with the
 * product called by its name or an alias, and a tail of emoticons or punctuation, so that a few
 * hundred fragments give tens of thousands of distinct messages. The phrasebook's maps are only
 * looked up, never iterated: {@code Map.of} iteration order changes from one JVM run to the next.
 */
final class TextComposer {

    private final SplittableRandom random;

    TextComposer(SplittableRandom random) {
        this.random = random;
    }

    /** The product as a member would type it: mostly an alias, sometimes the full name. */
    String mention(Product product) {
        if (product.aliases().isEmpty() || random.nextInt(3) == 0) {
            return product.name();
        }
        return pick(product.aliases());
    }

    String complaint(Brand brand, Product product, Aspect aspect, String staffNick) {
        return pick(Phrasebook.COMPLAINT_OPENERS) + fill(complaintCore(brand, aspect), brand, product, staffNick) + pick(Phrasebook.NEGATIVE_TAILS);
    }

    /**
     * Someone else's pile-on: "+1", often followed by their own version of the complaint; or agreement in
     * their own words, a follow-up naming nothing, or mockery.
     */
    String pileOn(Brand brand, Product product, Aspect aspect, String staffNick) {
        switch (random.nextInt(8)) {
            case 0 -> {
                return pick(Phrasebook.AGREE_OWN_WORDS) + "，" + fill(complaintCore(brand, aspect), brand, product, staffNick);
            }
            case 1 -> {
                return pick(Phrasebook.FOLLOW_UPS) + pick(Phrasebook.NEGATIVE_TAILS);
            }
            case 2 -> {
                return fill(pick(Phrasebook.SARCASM), brand, product, staffNick);
            }
            default -> { }
        }
        String agree = pick(Phrasebook.ME_TOO);
        if (random.nextInt(4) == 0) {
            return join(agree, pick(Phrasebook.ME_TOO_ENDINGS)) + pick(Phrasebook.NEGATIVE_TAILS);
        }
        String own = join(agree, "，" + fill(complaintCore(brand, aspect), brand, product, staffNick));
        return join(own, pick(Phrasebook.ME_TOO_ENDINGS)) + pick(Phrasebook.NEGATIVE_TAILS);
    }

    String praise(Brand brand, Product product) {
        List<String> cores = random.nextInt(3) == 0 ? Phrasebook.PRAISE_ANY : Phrasebook.PRAISE.get(brand.kind());
        return pick(Phrasebook.PRAISE_OPENERS) + fill(pick(cores), brand, product, null) + pick(Phrasebook.POSITIVE_TAILS);
    }

    String praiseEcho(Brand brand, Product product) {
        String echo = pick(Phrasebook.PRAISE_ECHO);
        return random.nextBoolean() ? echo + pick(Phrasebook.POSITIVE_TAILS)
                : echo + "，" + fill(pick(Phrasebook.PRAISE.get(brand.kind())), brand, product, null)
                        + pick(Phrasebook.POSITIVE_TAILS);
    }

    String question(Brand brand, Product product, String staffNick) {
        List<String> cores = random.nextInt(3) == 0 ? Phrasebook.QUESTIONS_ANY : Phrasebook.QUESTIONS.get(brand.kind());
        return pick(Phrasebook.QUESTION_OPENERS) + fill(pick(cores), brand, product, staffNick) + pick(Phrasebook.NEUTRAL_TAILS);
    }

    String chitChat() {
        String core = pick(Phrasebook.CHIT_CHAT);
        return random.nextInt(3) == 0 ? core + pick(Phrasebook.EMOTICONS) : core + pick(Phrasebook.NEUTRAL_TAILS);
    }

    String staffAnswer(String memberNick, Brand brand, Product product) {
        return "@" + memberNick + " " + fill(pick(Phrasebook.STAFF_ANSWERS), brand, product, null)
                + pick(Phrasebook.STAFF_TAILS);
    }

    String promotion(Brand brand, Product product) {
        return fill(pick(Phrasebook.PROMOTIONS), brand, product, null);
    }

    String goodMorning() {
        return pick(Phrasebook.GOOD_MORNINGS);
    }

    String spam(Brand brand, Product product) {
        return fill(pick(Phrasebook.SPAM), brand, product, null);
    }

    String welcome(String memberNick, String groupName) {
        return pick(Phrasebook.WELCOMES).replace("{m}", memberNick).replace("{g}", groupName);
    }

    String notice() {
        return pick(Phrasebook.NOTICES);
    }

    String emoticons() {
        int n = 1 + random.nextInt(3);
        StringBuilder text = new StringBuilder();
        String one = pick(Phrasebook.EMOTICONS);
        for (int i = 0; i < n; i++) {
            text.append(one);
        }
        return text.toString();
    }

    /** Joins two pieces without doubled punctuation: "我也是！！！" + "，退款了" reads "我也是！！！退款了". */
    private static String join(String head, String tail) {
        if (tail.startsWith("，") && (head.endsWith("，") || head.endsWith("！") || head.endsWith("？"))) {
            return head + tail.substring(1);
        }
        return head + tail;
    }

    private String complaintCore(Brand brand, Aspect aspect) {
        List<String> cores = new ArrayList<>(Phrasebook.COMPLAINTS_ANY.get(aspect));
        List<String> specific = Phrasebook.COMPLAINTS.get(brand.kind()).get(aspect);
        if (specific != null) {
            // The trade's own words win most of the time: "又发霉了" says more than "质量差".
            cores.addAll(specific);
            cores.addAll(specific);
        }
        return pick(cores);
    }

    private String fill(String template, Brand brand, Product product, String staffNick) {
        String text = template;
        if (text.contains("{p}")) {
            text = text.replace("{p}", mention(product));
        }
        if (text.contains("{q}")) {
            Product other = pick(brand.products());
            text = text.replace("{q}", other.equals(product) ? "别的" : mention(other));
        }
        if (text.contains("{s}")) {
            text = text.replace("{s}", staffNick == null ? "群主" : staffNick);
        }
        if (text.contains("{n}")) {
            text = text.replace("{n}", product.unitPrice().multiply(new java.math.BigDecimal("0.8"))
                    .setScale(0, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (text.contains("{w}")) {
            text = text.replace("{w}", wechatId());
        }
        if (text.contains("{c}")) {
            text = text.replace("{c}", code(6));
        }
        if (text.contains("{d}")) {
            text = text.replace("{d}", digits(10));
        }
        return text;
    }

    private String wechatId() {
        String[] heads = {"wx", "vx", "love", "mm", "fuli", "hao"};
        return heads[random.nextInt(heads.length)] + code(3) + digits(4);
    }

    private String code(int length) {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String digits(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
