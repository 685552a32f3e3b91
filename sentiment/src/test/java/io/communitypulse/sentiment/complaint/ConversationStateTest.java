package io.communitypulse.sentiment.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/** The per-group state stays small, forgets by event time, and survives serialisation (Flink keyed state). */
class ConversationStateTest {

    @Test
    void keepsAtMostMaxLinesOfEvidence() {
        Conversation chat = new Conversation();
        for (int i = 0; i < ConversationState.MAX_EVIDENCE + 10; i++) {
            chat.member("m" + i, "乌龙第" + i + "罐 盖子合不上");
        }
        assertThat(chat.state().lines).hasSize(ConversationState.MAX_EVIDENCE);
    }

    @Test
    void aComplaintOutlivesTheChatterOfABusyGroup() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        for (int i = 0; i < ConversationState.MAX_LINES + 10; i++) {
            chat.member("c" + i, "大家晚安");
        }
        assertThat(chat.state().lines).hasSize(ConversationState.MAX_LINES + 1);
        assertThat(chat.state().lines.get(0).evidence).isTrue();
    }

    @Test
    void forgetsLinesOlderThanTheWindowAndSaysWhenToLookAgain() {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了");
        ConversationState state = chat.state();
        long first = state.lines.get(0).timeMillis;
        assertThat(state.nextExpiryMillis()).isEqualTo(first + ConversationState.WINDOW_MILLIS + 1);
        state.expire(first + ConversationState.WINDOW_MILLIS);
        assertThat(state.isEmpty()).isFalse();
        state.expire(first + ConversationState.WINDOW_MILLIS + 1);
        assertThat(state.isEmpty()).isTrue();
        assertThat(state.nextExpiryMillis()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aKeptLineIsAFewShortFields() {
        Conversation chat = new Conversation();
        chat.member("a", "小北你好我是三号楼的老王上个礼拜在群里买的那个桂花乌龙今天打开一看罐子里面全是碎末末这个是怎么回事啊");
        ConversationLine kept = chat.state().lines.get(0);
        assertThat(kept.head).hasSizeLessThanOrEqualTo(16);
        assertThat(kept.evidence).isTrue();
        assertThat(kept.rootId).isEqualTo(kept.messageId);
        assertThat(kept.products).containsExactly("SY-001");
    }

    @Test
    void stateAndRecognizerSurviveJavaSerialisation() throws IOException, ClassNotFoundException {
        Conversation chat = new Conversation();
        chat.member("a", "乌龙罐子漏气了 茶叶受潮");
        ConversationState copy = roundTrip(chat.state());
        assertThat(copy.lines).hasSize(1);
        assertThat(copy.lines.get(0).evidence).isTrue();
        // a copied state reads the next line as the original would
        ComplaintRecognizer recognizer = roundTrip(new ComplaintRecognizer());
        ChatLine next = new ChatLine(Conversation.BRAND, "x", "b", ChatRole.MEMBER, "一样 我这罐也潮了", null,
                copy.lines.get(0).timeMillis + 30_000L);
        ComplaintVerdict verdict = recognizer.judge(copy, next, Conversation.scorer().score(Conversation.BRAND, next.text()));
        assertThat(verdict.kind()).isEqualTo(ComplaintKind.AGREEMENT);
        assertThat(verdict.joinsMessageId()).isEqualTo(copy.lines.get(0).messageId);
    }

    @Test
    void analysisAndVerdictSurviveJavaSerialisation() throws IOException, ClassNotFoundException {
        String text = "冷泡茶包里喝出一根头发[捂脸]";
        MessageAnalysis analysis = new ComplaintRecognizer().analyse(text, Conversation.scorer().score(Conversation.BRAND, text));
        assertThat(roundTrip(analysis)).isEqualTo(analysis);
        ComplaintVerdict verdict = new Conversation().member("a", text);
        assertThat(roundTrip(verdict)).isEqualTo(verdict);
        assertThat(verdict.products()).isInstanceOf(java.util.ArrayList.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
