package io.communitypulse.pipeline.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A guard on the cascade rule in busy groups: every staged cascade raised, few grumbles turned into cascades. */
class SimulatedGroupsCascadesTest {

    @Test
    void raisesTheStagedCascadesAndFewOthersInBusyGroups(@TempDir Path dir) throws Exception {
        SimulatedGroupsCascades figures = SimulatedGroupsCascades.score(dir, false);

        assertThat(figures.staged()).isEqualTo(2);
        assertThat(figures.other()).isLessThanOrEqualTo(7);
    }
}
