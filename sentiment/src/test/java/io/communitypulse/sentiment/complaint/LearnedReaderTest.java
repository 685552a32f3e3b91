package io.communitypulse.sentiment.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The learned second reading: when it lowers or raises the rules' kind, and what travels with a job. */
class LearnedReaderTest {
    private static final int BIAS_ALONE = 1 << LineFeatures.HASH_BITS;

    /** A reader whose every line, alone in its conversation, has probability {@code 1 / (1 + e^-bias)}. */
    private static ComplaintRecognizer readerWithBias(float bias) {
        float[] weights = new float[LineFeatures.SIZE];
        weights[BIAS_ALONE] = bias;
        return new ComplaintRecognizer(LearnedReader.of(new LineClassifier(weights)));
    }

    @Test
    void aSureReaderLowersTheRulesOpinionToChatterOrAQuestion() {
        ComplaintRecognizer sure = readerWithBias(-3f);
        assertThat(new Conversation(ComplaintRecognizer.rulesOnly()).member("m1", "这个乌龙太难喝了，踩雷").kind())
                .isEqualTo(ComplaintKind.COMPLAINT_OPINION);
        assertThat(new Conversation(sure).member("m1", "这个乌龙太难喝了，踩雷").kind()).isEqualTo(ComplaintKind.CHATTER);
        assertThat(new Conversation(ComplaintRecognizer.rulesOnly()).member("m1", "这个乌龙怎么这么难喝？").evidence()).isTrue();
        assertThat(new Conversation(sure).member("m1", "这个乌龙怎么这么难喝？").kind()).isEqualTo(ComplaintKind.QUESTION);
    }

    /** A reader of probability 1 / (1 + e^-bias) alone in a conversation and that after a complaint. */
    private static ComplaintRecognizer readerAfterComplaint(float afterComplaint) {
        float[] weights = new float[LineFeatures.SIZE];
        weights[BIAS_ALONE] = 5f; // the opener stays
        weights[BIAS_ALONE + 4] = afterComplaint - 5f; // the bias of the after-complaint context (4 dense features a context)
        return new ComplaintRecognizer(LearnedReader.of(new LineClassifier(weights)));
    }

    @Test
    void aJoinWithWordsOfComplaintStaysUnlessTheReaderIsSureAndOneThatRestsOnContextAloneMayBeLowered() {
        Conversation rules = new Conversation(ComplaintRecognizer.rulesOnly());
        rules.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        assertThat(rules.member("m2", "我也是，一模一样").kind()).isEqualTo(ComplaintKind.AGREEMENT);
        Conversation doubting = new Conversation(readerAfterComplaint(-1f)); // about 0.27: no, but not sure
        assertThat(doubting.member("m1", "乌龙罐子漏气了，茶叶全潮了").evidence()).isTrue();
        assertThat(doubting.member("m2", "我也是，一模一样").kind()).isEqualTo(ComplaintKind.AGREEMENT);
        // the complainer speaking again, in words that say nothing against the product
        assertThat(rules.member("m1", "在的").kind()).isEqualTo(ComplaintKind.NEGATIVE_FOLLOWUP);
        assertThat(doubting.member("m1", "在的").kind()).isEqualTo(ComplaintKind.CHATTER);
        Conversation sure = new Conversation(readerAfterComplaint(-5f)); // below LearnedReader.SURE
        sure.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        assertThat(rules.member("m3", "我也是，前天收到的那罐").kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(sure.member("m3", "我也是，前天收到的那罐").kind()).isEqualTo(ComplaintKind.CHATTER);
    }

    @Test
    void aSureReaderKeepsAReplyToTheComplaintASymptomStatedWhileItIsOpenAndABareMeToo() {
        Conversation sure = new Conversation(readerAfterComplaint(-5f));
        sure.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        sure.member("m2", "周末有人去爬山吗");
        ComplaintVerdict reply = sure.reply("m3", Conversation.idOf(1), "我也是，一模一样");
        assertThat(reply.kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(reply.joinsMessageId()).isEqualTo(Conversation.idOf(1));
        assertThat(sure.member("m4", "我家的也潮了 还有股霉味").evidence()).isTrue();
        // nothing but "me too": the thread decides what it means (after praise, +1 is praise)
        assertThat(sure.member("m5", "+1 同样的问题").kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(sure.member("m6", "同问 我也是这样").evidence()).isTrue();
    }

    @Test
    void aSureReaderKeepsAMeTooThatCopiesTheComplaintItJoins() {
        Conversation sure = new Conversation(readerAfterComplaint(-5f));
        sure.member("m1", "服了，乌龙罐装的活动价还没有直播间便宜");
        assertThat(sure.member("m2", "+1，乌龙罐装活动价还没有直播间便宜").kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(sure.member("m3", "+1，我前天才下的单").kind()).as("a +1 that repeats nothing may be lowered")
                .isEqualTo(ComplaintKind.CHATTER);
    }

    @Test
    void aReaderVouchesForAJoinOnlyWhenItIsSure() {
        Conversation sure = new Conversation(readerAfterComplaint(5f)); // about 0.99
        sure.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        ComplaintVerdict join = sure.member("m2", "我也是，前天收到的那罐");
        assertThat(join.kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(join.vouched()).isTrue();
        Conversation likely = new Conversation(readerAfterComplaint(0.2f)); // about 0.55: evidence, not vouched for
        likely.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        assertThat(likely.member("m2", "我也是，前天收到的那罐").vouched()).isFalse();
        Conversation fair = new Conversation(readerAfterComplaint(1f)); // about 0.73: vouched for (step 18; 0.9 before)
        fair.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        assertThat(fair.member("m2", "我也是，前天收到的那罐").vouched()).isTrue();
        Conversation rules = new Conversation(ComplaintRecognizer.rulesOnly());
        rules.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        assertThat(rules.member("m2", "我也是，前天收到的那罐").vouched()).isFalse();
        assertThat(sure.member("m3", "乌龙罐子也漏气了 茶叶一股潮味").vouched()).as("only joins").isFalse();
    }

    @Test
    void aReaderVouchesOnTheWordsNotOnTheEmoticons() {
        float[] weights = new float[LineFeatures.SIZE];
        weights[BIAS_ALONE] = 0.2f; // words alone: about 0.55, evidence but not vouched for
        Set<Integer> plain = new HashSet<>();
        LineFeatures.extract("", 0.0, List.of(), (context, index, value) -> plain.add(index));
        LineFeatures.extract(LineFeatures.normalise("[微笑]"), 0.0, List.of(), (context, index, value) -> {
            if (context == LineFeatures.ALONE && !plain.contains(index)) {
                weights[index] = 20f; // the emoticon alone makes the reader sure
            }
        });
        Conversation chat = new Conversation(new ComplaintRecognizer(LearnedReader.of(new LineClassifier(weights))));
        chat.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        ComplaintVerdict smile = chat.member("m2", "收到[微笑]");
        assertThat(smile.evidence()).isTrue();
        assertThat(smile.vouched()).isFalse();
    }

    @Test
    void emoticonsAloneAreNeverRaisedButWordsAfterTheBrandMayBe() {
        Conversation chat = new Conversation(readerAfterComplaint(5f));
        chat.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        chat.staff("抱歉 马上给您补寄一罐");
        assertThat(chat.member("m1", "👍").evidence()).isFalse();
        assertThat(chat.member("m2", "👍👍").evidence()).isFalse();
        Conversation words = new Conversation(readerAfterComplaint(5f));
        words.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        words.staff("抱歉 马上给您补寄一罐");
        assertThat(new Conversation(ComplaintRecognizer.rulesOnly()).member("m2", "今天下雨了").evidence()).isFalse();
        assertThat(words.member("m2", "今天下雨了").kind()).isEqualTo(ComplaintKind.NEGATIVE_FOLLOWUP);
    }

    @Test
    void aReplyIsReadAsAnswerToTheLineItRepliesToNotToTheLatestStance() {
        float[] weights = new float[LineFeatures.SIZE];
        weights[BIAS_ALONE + 4] = 10f; // after a complaint: raise
        weights[BIAS_ALONE + 8] = -10f; // after praise: do not
        weights[tagIndex("kind:praise")] = -20f; // but never what the rules read as praise
        Conversation chat = new Conversation(new ComplaintRecognizer(LearnedReader.of(new LineClassifier(weights))));
        assertThat(chat.member("m1", "乌龙罐子漏气了，茶叶全潮了").evidence()).isTrue();
        chat.staff("亲 我们核实一下");
        assertThat(chat.member("m2", "冷泡茶包真好喝 已经回购了").kind()).isEqualTo(ComplaintKind.PRAISE);
        assertThat(chat.member("m3", "今天下雨了").evidence()).as("after praise").isFalse();
        ComplaintVerdict reply = chat.reply("m4", Conversation.idOf(1), "今天下雨了");
        assertThat(reply.kind()).isEqualTo(ComplaintKind.NEGATIVE_FOLLOWUP);
        assertThat(reply.joinsMessageId()).isEqualTo(Conversation.idOf(1));
    }

    @Test
    void aSureReaderRaisesAMembersLineButNeverStaffOrSpam() {
        ComplaintRecognizer sure = readerWithBias(3f);
        assertThat(new Conversation(ComplaintRecognizer.rulesOnly()).member("m1", "今天下雨了").evidence()).isFalse();
        Conversation conversation = new Conversation(sure);
        assertThat(conversation.member("m1", "今天下雨了").kind()).isEqualTo(ComplaintKind.COMPLAINT_OPINION);
        assertThat(conversation.staff("亲，新品上架啦").kind()).isEqualTo(ComplaintKind.STAFF);
        assertThat(new Conversation(sure).member("m9", "加微信领券 V信xx8888 兼职日结").kind()).isEqualTo(ComplaintKind.SPAM);
    }

    @Test
    void aLineRaisedWhileAComplaintIsOpenFollowsItUp() {
        Conversation conversation = new Conversation(readerWithBias(3f));
        ComplaintVerdict opener = conversation.member("m1", "乌龙罐子漏气了，茶叶全潮了");
        ComplaintVerdict raised = conversation.member("m2", "今天下雨了");
        assertThat(raised.kind()).isEqualTo(ComplaintKind.NEGATIVE_FOLLOWUP);
        assertThat(raised.joinsMessageId()).isEqualTo(Conversation.idOf(1));
        assertThat(opener.evidence()).isTrue();
    }

    @Test
    void theShippedReaderTravelsAsItsNameAndAnEvaluationsReaderDoesNot() throws Exception {
        assertThat(roundTrip(LearnedReader.shipped())).isSameAs(LearnedReader.shipped());
        LearnedReader evaluation = LearnedReader.of(new LineClassifier(new float[LineFeatures.SIZE]));
        assertThatThrownBy(() -> roundTrip(evaluation)).isInstanceOf(InvalidObjectException.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ComplaintRecognizer());
        }
        assertThat(bytes.size()).as("the weights stay out of a serialized job").isLessThan(4_000);
    }

    @Test
    void theShippedWeightsRoundTripThroughTheirFileFormat() throws IOException {
        float[] weights = new float[LineFeatures.SIZE];
        weights[7] = 0.25f;
        weights[LineFeatures.SIZE - 1] = -1.5f;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        new LineClassifier(weights).write(file);
        LineClassifier read = LineClassifier.read(new ByteArrayInputStream(file.toByteArray()));
        assertThat(read.margins("杯盖漏水了", -0.5, List.of())).containsExactly(new LineClassifier(weights).margins("杯盖漏水了", -0.5, List.of()));
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(other))) {
            data.writeInt(42);
            data.writeInt(LineFeatures.SIZE);
        }
        assertThatThrownBy(() -> LineClassifier.read(new ByteArrayInputStream(other.toByteArray())))
                .hasMessageContaining("not a line classifier");
    }

    /** The weight index of a tag on its own (the features every context has). */
    private static int tagIndex(String tag) {
        Set<Integer> without = new HashSet<>();
        LineFeatures.extract("", 0.0, List.of(), (context, index, value) -> without.add(index));
        Set<Integer> with = new HashSet<>();
        LineFeatures.extract("", 0.0, List.of(tag), (context, index, value) -> {
            if (context == LineFeatures.ALONE) {
                with.add(index);
            }
        });
        with.removeAll(without);
        assertThat(with).hasSize(1);
        return with.iterator().next();
    }

    private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
