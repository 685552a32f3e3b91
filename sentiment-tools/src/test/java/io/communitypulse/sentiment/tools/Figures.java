package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the tools' printed lines back: a line must match its pattern whole, and its shares lie in [0, 1]. */
final class Figures {
    /** A share printed with four decimals, as the tools print accuracies. */
    static final String SHARE = "([01]\\.\\d{4})";

    private Figures() {
    }

    static Matcher parse(String line, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(line);
        assertThat(matcher.matches()).as("%s%nmatches%n%s", line, pattern).isTrue();
        return matcher;
    }

    static double share(Matcher matcher, int group) {
        double value = Double.parseDouble(matcher.group(group));
        assertThat(value).isBetween(0.0, 1.0);
        return value;
    }

    /** Collects what a tool prints. */
    static final class Printed {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        String[] lines() {
            return text().split("\n");
        }

        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
