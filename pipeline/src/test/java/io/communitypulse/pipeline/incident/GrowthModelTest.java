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

        // each draws 0.5 directly, and every follower 0.5 more: 3 * 0.5 / (1 - 0.5) = 3 more
        assertThat(forecast.soFar()).isEqualTo(3);
        assertThat(forecast.expected()).isCloseTo(6.0, within(1e-9));
        assertThat(forecast.low()).isBetween(3.0, 6.0);
        assertThat(forecast.high()).isGreaterThan(6.0);
    }

    @Test
    void aCascadeLongQuietIsForecastToStayAsItIs() {
        GrowthForecast forecast = new GrowthModel(0.5, 0.2).forecast(List.of(0L, MINUTE, 2 * MINUTE), 300 * MINUTE);

        assertThat(forecast.expectedRounded()).isEqualTo(3);
        assertThat(forecast.lowRounded()).isEqualTo(3);
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

        GrowthModel fitted = GrowthFit.fit(history, GrowthModel.DEFAULT_MEMBERS);

        assertThat(fitted.branching()).isCloseTo(0.7, within(0.1));
        assertThat(1 / fitted.decayPerMinute()).isBetween(2.0, 5.0);
    }

    @Test
    void tooLittleHistoryKeepsTheDefault() {
        List<GrowthFit.PastIncident> history = List.of(new GrowthFit.PastIncident(List.of(0L, MINUTE, 2 * MINUTE), 60 * MINUTE));

        assertThat(GrowthFit.fit(history, GrowthModel.DEFAULT_MEMBERS)).isEqualTo(GrowthModel.DEFAULT_MEMBERS);
    }
}
