package io.communitypulse.sentiment.complaint;

import java.util.ArrayList;
import java.util.List;

/**
 * A member's line as the judge has read it with the rules: what a {@link SecondReading} sees. The same record
 * feeds the learned reader in the pipeline and its training ({@code ./pulse complaints train} replays the labelled
 * chat through the judge and records these), so the two cannot read a line differently.
 *
 * @param text the line as sent
 * @param analysis its context-free reading
 * @param rules the kind the rules gave it
 * @param context what it answers, as {@link LineFeatures} names it: the complaint or praise it replies to or
 *     quotes, else the conversation's latest stance
 * @param complaintOpen whether a complaint is open in the group
 * @param afterBrand whether the line before it is the brand's (staff or a bot)
 * @param afterSpam whether the member line before it is spam
 * @param speakerComplained whether its speaker has already posted evidence of the open complaint
 * @param answersComplaint whether it replies to or quotes a line of complaint evidence
 * @param echoesComplaint whether it agrees and repeats words of the latest complaint, another member's (+1，芒果活动价
 *     还没有直播间便宜 after 真的服了，芒果活动价还没有直播间便宜): a pile-on that copies what it joins
 */
public record JudgedLine(String text, MessageAnalysis analysis, ComplaintKind rules, int context, boolean complaintOpen,
        boolean afterBrand, boolean afterSpam, boolean speakerComplained, boolean answersComplaint,
        boolean echoesComplaint) {

    /** The line's tags for {@link LineFeatures}: the rules' kind, then {@link #threadTags()}. */
    public List<String> tags() {
        List<String> tags = new ArrayList<>(5);
        tags.add("kind:" + rules.wireName());
        tags.addAll(threadTags());
        return tags;
    }

    /** The flags of its thread that are set, and whether it asks: the tags without the rules' kind. */
    public List<String> threadTags() {
        List<String> tags = new ArrayList<>(4);
        if (afterBrand) {
            tags.add("after-brand");
        }
        if (afterSpam) {
            tags.add("after-spam");
        }
        if (speakerComplained) {
            tags.add("complained-before");
        }
        if (analysis.asks()) {
            tags.add("asks");
        }
        return tags;
    }
}
