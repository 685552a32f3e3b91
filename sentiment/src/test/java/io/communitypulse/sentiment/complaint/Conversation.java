package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.SentimentModel;
import io.communitypulse.sentiment.SentimentScorer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One group's conversation fed line by line, 30 s apart, as the pipeline's per-group detector would: the
 * fixture of the recognizer's tests. Brand {@value #BRAND}, a tea shop whose catalogue lists two products.
 */
final class Conversation {
    static final String BRAND = "shanye";
    static final long BASE = 1_767_225_600_000L;
    static final ProductCatalogue CATALOGUE = ProductCatalogue.of(Map.of(BRAND, List.of(
            new ProductCatalogue.Product("SY-001", "桂花乌龙", List.of("乌龙")),
            new ProductCatalogue.Product("SY-002", "冷泡茶包", List.of("冷泡茶")))));
    private static final SentimentScorer SCORER = SentimentModel.loadDefault(CATALOGUE);

    private final ComplaintRecognizer recognizer;
    private final ConversationState state = new ConversationState();
    private final List<ComplaintVerdict> verdicts = new ArrayList<>();
    private final List<String> speakers = new ArrayList<>();
    private long time = BASE;
    private int lines;

    /** A conversation read as the pipeline reads it: the rules, then the shipped learned reader. */
    Conversation() {
        this(new ComplaintRecognizer());
    }

    Conversation(ComplaintRecognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** A member's line; returns its verdict. */
    ComplaintVerdict member(String speaker, String text) {
        return say(speaker, ChatRole.MEMBER, text, null);
    }

    /** Lines by as many new members, one each (speaker {@code new-1}, {@code new-2}...); their verdicts. */
    List<ComplaintVerdict> newMembers(String... texts) {
        List<ComplaintVerdict> said = new ArrayList<>();
        for (String text : texts) {
            said.add(member("new-" + (lines + 1), text));
        }
        return said;
    }

    /** A member's reply to an earlier line, by its id ({@link #idOf}). */
    ComplaintVerdict reply(String speaker, String replyTo, String text) {
        return say(speaker, ChatRole.MEMBER, text, replyTo);
    }

    ComplaintVerdict staff(String text) {
        return say("staff-1", ChatRole.STAFF, text, null);
    }

    /** Lets event time pass without a line. */
    Conversation silence(long millis) {
        time += millis;
        return this;
    }

    /** The message id of the n-th line (1-based). */
    static String idOf(int line) {
        return "m" + line;
    }

    /** How many distinct members have posted evidence: what a three-member cascade rule counts. */
    int complainingMembers() {
        Set<String> members = new HashSet<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).evidence()) {
                members.add(speakers.get(i));
            }
        }
        return members.size();
    }

    List<ComplaintVerdict> verdicts() {
        return verdicts;
    }

    ConversationState state() {
        return state;
    }

    static SentimentScorer scorer() {
        return SCORER;
    }

    private ComplaintVerdict say(String speaker, ChatRole role, String text, String replyTo) {
        time += 30_000L;
        lines++;
        ChatLine line = new ChatLine(BRAND, idOf(lines), speaker, role, text, replyTo, time);
        ComplaintVerdict verdict = recognizer.judge(state, line, SCORER.score(BRAND, text));
        verdicts.add(verdict);
        speakers.add(speaker);
        return verdict;
    }
}
