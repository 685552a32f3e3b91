package io.communitypulse.sentiment.tools;

import static io.communitypulse.sentiment.tools.Figures.SHARE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationExperimentTest {
    @TempDir
    Path dir;

    @Test
    void prints_the_options_then_validation_out_of_domain_and_chat_figures() throws IOException {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);

        String line = ValidationExperiment.run("3 16 1 0.02 1e-6 0.3 1 false 0 2 7".split(" "), corpus.data, corpus.chat);

        Matcher m = Figures.parse(line, "3 16 1 0\\.02 1e-6 0\\.3 1 false 0 2 7 \\| waimaiVal " + SHARE + " retailVal " + SHARE
                + " \\| ood\\(retail->waimaiVal\\) " + SHARE + " \\| chat " + SHARE + "/" + SHARE);
        for (int share = 1; share <= 5; share++) {
            Figures.share(m, share);
        }
        // the tiny corpus is separable, in and out of domain
        assertThat(line).endsWith("| waimaiVal 1.0000 retailVal 1.0000 | ood(retail->waimaiVal) 1.0000 | chat 1.0000/1.0000");
    }
}
