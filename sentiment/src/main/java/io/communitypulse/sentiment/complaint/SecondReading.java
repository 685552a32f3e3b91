package io.communitypulse.sentiment.complaint;

import java.io.Serializable;

/** A second reading of a member's line after the rules ({@link LearnedReader}): the kind it ends with. */
@FunctionalInterface
public interface SecondReading extends Serializable {
    ComplaintKind reread(JudgedLine line);

    /**
     * Whether this reading takes a line it keeps as a join (agreement, follow-up, sarcasm) for complaint evidence on
     * its words alone, so the cascade rule may count it without a listed word of its kind.
     */
    default boolean vouches(JudgedLine line) {
        return false;
    }
}
