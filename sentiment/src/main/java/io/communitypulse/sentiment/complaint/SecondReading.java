package io.communitypulse.sentiment.complaint;

import java.io.Serializable;

/** A second reading of a member's line after the rules ({@link LearnedReader}): the kind it ends with. */
@FunctionalInterface
public interface SecondReading extends Serializable {
    ComplaintKind reread(JudgedLine line);
}
