package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class SideBySideTimingTest {
    private static final String RATE = "([\\d,]+)";
    private static final String RATIO = "(\\d+\\.\\d{3})";

    @Test
    void prints_each_builds_median_rate_and_its_ratio_to_the_first() throws Throwable {
        String dir = BuildClassLoaderTest.currentBuild().toString();
        Build[] builds = {new Build(dir), new Build(dir)};
        String[] messages = {"太难吃了，再也不买了", "味道不错，回购了", "今天几点发货？"};
        Figures.Printed out = new Figures.Printed();

        SideBySideTiming.run(builds, messages, 3, 10_000_000L, 20_000_000L, out.stream);

        String[] lines = out.lines();
        assertThat(lines).hasSize(2);
        String pattern = "\\Q" + dir + "\\E: median " + RATE + " msgs/s \\(" + RATE + "\\.\\." + RATE + "\\), ratio to the first "
                + RATIO + " \\(" + RATIO + "\\.\\." + RATIO + "\\)";
        Matcher first = Figures.parse(lines[0], pattern);
        assertThat(first.group(4) + " " + first.group(5) + " " + first.group(6)).isEqualTo("1.000 1.000 1.000");
        Matcher second = Figures.parse(lines[1], pattern);
        assertThat(number(second, 2)).isLessThanOrEqualTo(number(second, 1)).isPositive();
        assertThat(number(second, 1)).isLessThanOrEqualTo(number(second, 3));
        assertThat(number(second, 5)).isLessThanOrEqualTo(number(second, 4)).isPositive();
        assertThat(number(second, 4)).isLessThanOrEqualTo(number(second, 6));
    }

    private static double number(Matcher m, int group) {
        return Double.parseDouble(m.group(group).replace(",", ""));
    }
}
