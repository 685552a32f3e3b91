package io.communitypulse.pipeline.incident;

/**
 * The distribution of how many more complaints a cascade will draw: a Poisson({@code owed}) number of
 * direct followers, each starting a chain of Poisson({@code branching}) offspring per member. Given k
 * chains, the total is Borel–Tanner: {@code P(n | k) = k/n · e^(−bn) (bn)^(n−k) / (n−k)!}.
 */
final class FutureSizes {

    private static final double NEGLIGIBLE = 1e-12;

    private final double[] cumulative;

    private FutureSizes(double[] cumulative) {
        this.cumulative = cumulative;
    }

    static FutureSizes of(double owed, double branching, int maxSize) {
        double[] probability = new double[maxSize + 1];
        double[] logFactorial = logFactorials(maxSize);
        double noChains = Math.exp(-owed);
        probability[0] = noChains;
        int maxChains = (int) Math.ceil(owed + 10 * Math.sqrt(owed) + 10);
        for (int k = 1; k <= Math.min(maxChains, maxSize); k++) {
            double logChains = -owed + k * Math.log(owed) - logFactorial[k];
            double previous = 0;
            for (int n = k; n <= maxSize; n++) {
                double logGiven = Math.log(k) - Math.log(n) - branching * n + (n - k) * Math.log(branching * n)
                        - logFactorial[n - k];
                double term = Math.exp(logChains + logGiven);
                probability[n] += term;
                // past its mode the tail only shrinks: stop once it no longer adds anything measurable
                if (term < NEGLIGIBLE && term < previous) {
                    break;
                }
                previous = term;
            }
        }
        double[] cumulative = new double[maxSize + 1];
        double sum = 0;
        for (int n = 0; n <= maxSize; n++) {
            sum += probability[n];
            cumulative[n] = sum;
        }
        return new FutureSizes(cumulative);
    }

    /** The smallest n with P(future ≤ n) ≥ p; the maximum when the tail beyond it holds more than 1 − p. */
    int quantile(double p) {
        for (int n = 0; n < cumulative.length; n++) {
            if (cumulative[n] >= p) {
                return n;
            }
        }
        return cumulative.length - 1;
    }

    private static double[] logFactorials(int max) {
        double[] logs = new double[max + 1];
        for (int n = 1; n <= max; n++) {
            logs[n] = logs[n - 1] + Math.log(n);
        }
        return logs;
    }
}
