package io.communitypulse.sentiment.complaint.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cascade figures of {@code data/chat/README.md}: a three-member rule on the verdicts (fires when three
 * distinct members have posted evidence in a conversation) against the gold cascades. With a speaker column a
 * gold cascade is three distinct members posting complaint lines, and the rule should fire by the line of
 * the third; without one, each member line is its own speaker and a cascade is three complaint lines
 * (the README's proxy). Other conversations are split into "one loud member" (three or more complaint lines
 * from fewer than three members), "one or two complainers" and "no complaint"; the rule should stay quiet there.
 */
public final class CascadeScores {
    static final int MEMBERS = 3;

    public enum Shape { CASCADE, ONE_LOUD_MEMBER, ONE_OR_TWO_COMPLAINERS, NO_COMPLAINT }

    /** Conversations of a shape and how many the rule fired on (for cascades: fired in time). */
    public static final class Tally {
        int conversations;
        int fired;
        /** For cascades: lines between the gold third member and the rule firing (negative = earlier). */
        final List<Integer> leads = new ArrayList<>();

        public int conversations() {
            return conversations;
        }

        public int fired() {
            return fired;
        }

        public double rate() {
            return FlagCounts.ratio(fired, conversations);
        }
    }

    private final Map<Shape, Tally> tallies = new LinkedHashMap<>();

    public static CascadeScores of(List<ReplayedLine> lines) {
        CascadeScores scores = new CascadeScores();
        for (Shape shape : Shape.values()) {
            scores.tallies.put(shape, new Tally());
        }
        List<ReplayedLine> conversation = new ArrayList<>();
        for (ReplayedLine line : lines) {
            if (!conversation.isEmpty() && !conversation.get(0).line().contextId().equals(line.line().contextId())) {
                scores.add(conversation);
                conversation = new ArrayList<>();
            }
            if (line.line().inConversation()) {
                conversation.add(line);
            }
        }
        if (!conversation.isEmpty()) {
            scores.add(conversation);
        }
        return scores;
    }

    public Map<Shape, Tally> tallies() {
        return tallies;
    }

    private void add(List<ReplayedLine> conversation) {
        int goldThird = thirdComplainer(conversation, true);
        int fired = thirdComplainer(conversation, false);
        Shape shape = shapeOf(conversation, goldThird);
        Tally tally = tallies.get(shape);
        tally.conversations++;
        if (shape == Shape.CASCADE) {
            if (fired >= 0 && fired <= goldThird) {
                tally.fired++;
            }
            if (fired >= 0) {
                tally.leads.add(fired - goldThird);
            }
        } else if (fired >= 0) {
            tally.fired++;
        }
    }

    /** Index of the line at which the third distinct member complains (gold labels or verdicts), or -1. */
    private static int thirdComplainer(List<ReplayedLine> conversation, boolean gold) {
        Set<String> members = new HashSet<>();
        for (int i = 0; i < conversation.size(); i++) {
            ReplayedLine line = conversation.get(i);
            boolean complains = gold ? line.line().complaint() : line.flagged();
            if (complains && line.line().member()) {
                String revealed = gold ? null : line.verdict().revealsComplaintBy();
                if (revealed != null) {
                    members.add(revealed); // a "me too" shows an earlier member's line was a complaint
                }
                members.add(line.speakerId());
                if (members.size() >= MEMBERS) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static Shape shapeOf(List<ReplayedLine> conversation, int goldThird) {
        if (goldThird >= 0) {
            return Shape.CASCADE;
        }
        long complaints = conversation.stream().filter(line -> line.line().complaint()).count();
        if (complaints == 0) {
            return Shape.NO_COMPLAINT;
        }
        return complaints >= MEMBERS ? Shape.ONE_LOUD_MEMBER : Shape.ONE_OR_TWO_COMPLAINERS;
    }
}
