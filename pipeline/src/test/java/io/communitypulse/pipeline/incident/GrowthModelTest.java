package io.communitypulse.pipeline.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.communitypulse.pipeline.bench.HawkesCascades;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthModelTest {

    private static final long MINUTE = 60_000;

    @Test
    void threeComplaintsJustNowAreExpectedToDrawTheirOffspringAndTheirsInTurn() {
        GrowthForecast forecast = new GrowthModel(0.5, 0.2).forecast(List.of(0L, 0L, 0L), 0);

        // each draws 0.5 directly, and every follower 0.5 more: 3 * 0.5 / (1 - 0.5) = 3 more on average
        assertThat(forecast.soFar()).isEqualTo(3);
        assertThat(forecast.mean()).isCloseTo(6.0, within(1e-9));
        // the distribution is skewed: most such cascades end below the mean, a few far above it
        assertThat(forecast.likely()).isBetween(4, 6);
        assertThat(forecast.low()).isEqualTo(3);
        assertThat(forecast.high()).isGreaterThan(10);
    }

    @Test
    void aCascadeLongQuietIsForecastToStayAsItIs() {
        GrowthForecast forecast = new GrowthModel(0.5, 0.2).forecast(List.of(0L, MINUTE, 2 * MINUTE), 300 * MINUTE);

        assertThat(forecast.likely()).isEqualTo(3);
        assertThat(forecast.high()).isEqualTo(3);
    }

    @Test
    void fittingPastCascadesRecoversTheirGrowth() {
        GrowthModel truth = new GrowthModel(0.7, 1.0 / 3);
        HawkesCascades cascades = new HawkesCascades(7);
        List<GrowthFit.PastIncident> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<Long> arrivals = cascades.draw(truth, 300);
            history.add(new GrowthFit.PastIncident(arrivals, arrivals.get(arrivals.size() - 1) + 120 * MINUTE));
        }

        GrowthModel fitted = GrowthFit.fit(history, 1, GrowthModel.DEFAULT_MEMBERS);

        assertThat(fitted.branching()).isCloseTo(0.7, within(0.1));
        assertThat(1 / fitted.decayPerMinute()).isBetween(2.0, 5.0);
    }

    @Test
    void theIntervalHoldsTheFinalSizeOfNineInTenCascadesOfTheModelsOwnKind() {
        GrowthModel truth = new GrowthModel(0.6, 1.0 / 4);
        HawkesCascades cascades = new HawkesCascades(11);
        int covered = 0;
        int forecasts = 0;
        while (forecasts < 500) {
            List<Long> cascade = cascades.draw(truth, 5000);
            if (cascade.size() < 3) {
                continue;
            }
            GrowthForecast forecast = truth.forecast(cascade.subList(0, 3), cascade.get(2));
            covered += forecast.low() <= cascade.size() && cascade.size() <= forecast.high() ? 1 : 0;
            forecasts++;
        }

        assertThat(covered / 500.0).isBetween(0.85, 0.99);
    }

    @Test
    void tooLittleHistoryKeepsTheDefault() {
        List<GrowthFit.PastIncident> history = List.of(new GrowthFit.PastIncident(List.of(0L, MINUTE, 2 * MINUTE), 60 * MINUTE));

        assertThat(GrowthFit.fit(history, 1, GrowthModel.DEFAULT_MEMBERS)).isEqualTo(GrowthModel.DEFAULT_MEMBERS);
    }
}
