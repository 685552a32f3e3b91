package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueComparisonTest {
    @TempDir
    Path dir;

    @Test
    void one_build_against_itself_differs_nowhere_and_counts_alike() throws Throwable {
        TinyCorpus corpus = TinyCorpus.writeTo(dir);
        String build = BuildClassLoaderTest.currentBuild().toString();
        Figures.Printed out = new Figures.Printed();

        CueComparison.run(new Build(build), new Build(build), corpus.data, corpus.chat, out.stream);

        String[] lines = out.lines();
        assertThat(lines).hasSize(3);
        // retail_test 3, waimai_test 6, the chat sets 4 + 2, waimai_train 24
        assertThat(lines[0]).isEqualTo("39 messages: 0 differ in label or score, 0 in cues, 0 in aspects");
        // the fragment 等了2 (差评，等了2), 点的 (点的外卖太难吃了); 差评，等了2 is the negative tagged only other
        assertThat(lines[1]).isEqualTo(build + ": cues ending in a numeral 1, starting with a unit char 1 (eval files); "
                + "negative messages tagged only other 1 of 7 (waimai_test and chat sets)");
        assertThat(lines[2]).isEqualTo(lines[1]);
    }
}
