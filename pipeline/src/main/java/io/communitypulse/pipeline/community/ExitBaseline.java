package io.communitypulse.pipeline.community;

/**
 * What a mass exit was compared with: the group's own rate of leaves before the window, the leaves
 * that rate would bring in a window, and the number of leaves that makes a mass exit. A Flink POJO.
 */
public final class ExitBaseline {

    public double leavesPerDay;
    public double days;
    public double expected;
    public int threshold;
    public int membersBefore;

    public ExitBaseline() {}

    ExitBaseline(double leavesPerDay, double days, double expected, int threshold, int membersBefore) {
        this.leavesPerDay = leavesPerDay;
        this.days = days;
        this.expected = expected;
        this.threshold = threshold;
        this.membersBefore = membersBefore;
    }
}
