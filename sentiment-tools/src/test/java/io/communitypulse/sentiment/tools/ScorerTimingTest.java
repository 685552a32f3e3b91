package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class ScorerTimingTest {
    private static final String MICROS = "(\\d+\\.\\d{2}) us";

    @Test
    void times_each_stage_per_round_in_microseconds_a_message() throws IOException {
        String[] messages = {"太难吃了，再也不买了", "味道不错，回购了", "今天几点发货？", "等了两个多小时才到[发怒]"};
        Figures.Printed out = new Figures.Printed();

        ScorerTiming.run(messages, 2, 20_000_000L, out.stream);

        String[] lines = out.lines();
        assertThat(lines).hasSize(2);
        Matcher m = Figures.parse(lines[1], "round 1:  normalise " + MICROS + "  extract " + MICROS + "  extract\\+weights "
                + MICROS + "  score " + MICROS + " \\(([\\d,]+) msgs/s\\)");
        for (int stage = 1; stage <= 4; stage++) {
            assertThat(Double.parseDouble(m.group(stage))).isPositive();
        }
        double scoreMicros = Double.parseDouble(m.group(4));
        double perSecond = Double.parseDouble(m.group(5).replace(",", ""));
        assertThat(perSecond * scoreMicros / 1e6).isCloseTo(1.0, within(0.01));
    }
}
