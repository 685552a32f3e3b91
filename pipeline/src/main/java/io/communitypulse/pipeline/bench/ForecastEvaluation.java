package io.communitypulse.pipeline.bench;

import io.communitypulse.pipeline.incident.GrowthFit;
import io.communitypulse.pipeline.incident.GrowthForecast;
import io.communitypulse.pipeline.incident.GrowthModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How far the growth forecast is from the final size of cascades drawn from a known process: for each
 * regime, a brand's past incidents (those that reached the 3-member rule) to fit on, then fresh
 * cascades forecast at their k-th member. Compared with the default model (no history) and with
 * Cheng et al.'s rule of thumb that a cascade doubles.
 */
public final class ForecastEvaluation {

    static final int CAP = 2000;
    private static final long MINUTE = 60_000;

    private ForecastEvaluation() {}

    /** One regime's figures at the k-th member. */
    public record Result(String regime, int atMember, int cascades, double fittedMedianError, double defaultMedianError,
                         double doublingMedianError, double fittedFactor, double defaultFactor, double doublingFactor,
                         double fittedCoverage, double defaultCoverage, double medianFinal) {}

    public static Result evaluate(String regime, GrowthModel truth, int atMember, int cascades, long seed) {
        HawkesCascades draws = new HawkesCascades(seed);
        GrowthModel fitted = GrowthFit.fit(history(draws, truth), 3, GrowthModel.DEFAULT_MEMBERS);
        Errors fittedErrors = new Errors();
        Errors defaultErrors = new Errors();
        Errors doublingErrors = new Errors();
        List<Double> finals = new ArrayList<>();
        while (finals.size() < cascades) {
            List<Long> cascade = draws.draw(truth, CAP);
            if (cascade.size() < atMember) {
                continue;
            }
            List<Long> soFar = cascade.subList(0, atMember);
            long now = soFar.get(atMember - 1);
            double last = cascade.size();
            fittedErrors.add(fitted.forecast(soFar, now), last);
            defaultErrors.add(GrowthModel.DEFAULT_MEMBERS.forecast(soFar, now), last);
            doublingErrors.add(GrowthForecast.settled(2 * atMember), last);
            finals.add(last);
        }
        return new Result(regime, atMember, cascades, fittedErrors.relative(), defaultErrors.relative(),
                doublingErrors.relative(), fittedErrors.factor(), defaultErrors.factor(), doublingErrors.factor(),
                fittedErrors.coverage(), defaultErrors.coverage(), median(finals));
    }

    /** One forecaster's misses: relative error, factor off (e^|ln(forecast/final)|), finals inside its interval. */
    private static final class Errors {
        final List<Double> relative = new ArrayList<>();
        final List<Double> logRatio = new ArrayList<>();
        int covered;

        void add(GrowthForecast forecast, double last) {
            relative.add(Math.abs(forecast.likely() - last) / last);
            logRatio.add(Math.abs(Math.log(forecast.likely() / last)));
            covered += forecast.low() <= last && last <= forecast.high() ? 1 : 0;
        }

        double relative() {
            return median(relative);
        }

        double factor() {
            return Math.exp(median(logRatio));
        }

        double coverage() {
            return (double) covered / relative.size();
        }
    }

    /** The brand's last 20 incidents: cascades that reached the rule, each ending two hours after its last member. */
    private static List<GrowthFit.PastIncident> history(HawkesCascades draws, GrowthModel truth) {
        List<GrowthFit.PastIncident> past = new ArrayList<>();
        while (past.size() < 20) {
            List<Long> cascade = draws.draw(truth, CAP);
            if (cascade.size() >= 3) {
                past.add(new GrowthFit.PastIncident(cascade, cascade.get(cascade.size() - 1) + 120 * MINUTE));
            }
        }
        return past;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
