package io.communitypulse.sentiment.complaint.eval;

/** True and false positives and negatives of the complaint flag over some lines. */
public final class FlagCounts {
    int truePositives;
    int falsePositives;
    int falseNegatives;
    int trueNegatives;

    void add(boolean gold, boolean flagged) {
        if (gold && flagged) {
            truePositives++;
        } else if (flagged) {
            falsePositives++;
        } else if (gold) {
            falseNegatives++;
        } else {
            trueNegatives++;
        }
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public int lines() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public int complaints() {
        return truePositives + falseNegatives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
