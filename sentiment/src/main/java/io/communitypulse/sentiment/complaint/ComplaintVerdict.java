package io.communitypulse.sentiment.complaint;

import io.communitypulse.sentiment.Aspect;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The judgement of one chat line in its conversation.
 *
 * @param kind what the line does ({@link ComplaintKind})
 * @param evidence whether it counts toward a complaint: {@code kind.isEvidence()}
 * @param strength in [0, 1]: 0 for no evidence; higher for escalation, explicit opinion, a strongly negative
 *     model score
 * @param products catalogue SKUs it is about: its own, else those of the complaint it joins
 * @param aspects what it is about: its own, else those of the complaint it joins (an escalation takes the
 *     complaint's aspects, not "service")
 * @param escalation whether it threatens, demands a refund or says it is leaving
 * @param joinsMessageId the message that opened the complaint this line joins (agreement, follow-up,
 *     sarcasm, escalation, or a report of the same problem while it is open); null for an opener or no
 *     evidence
 * @param cues whole words and phrases behind the verdict, at most four
 * @param revealsComplaintBy the member whose earlier line, not read as a complaint, this "me too" shows was one
 *     (that line is {@code joinsMessageId}); null otherwise. A cascade counts that member too.
 * @param vouched a join (agreement, follow-up, sarcasm) the learned reader reads as complaint evidence on its
 *     words alone ({@link SecondReading#vouches}): the cascade rule counts it without a listed word of its kind
 */
public record ComplaintVerdict(
        ComplaintKind kind,
        boolean evidence,
        double strength,
        List<String> products,
        List<Aspect> aspects,
        boolean escalation,
        String joinsMessageId,
        List<String> cues,
        String revealsComplaintBy,
        boolean vouched) implements Serializable {

    public ComplaintVerdict {
        // plain ArrayLists (not List.copyOf), so Flink's Kryo fallback can copy a verdict; treat them as read-only
        products = new ArrayList<>(products);
        aspects = new ArrayList<>(aspects);
        cues = new ArrayList<>(cues);
    }
}
