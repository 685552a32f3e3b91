package io.communitypulse.sentiment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.communitypulse.sentiment.SentimentModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateT2sTest {
    @TempDir
    Path dir;

    @Test
    void regenerates_the_shipped_table_byte_for_byte() throws IOException {
        Path out = dir.resolve("t2s.txt");

        int pairs = GenerateT2s.generate(out);

        byte[] shipped;
        try (InputStream in = SentimentModel.class.getResourceAsStream("/io/communitypulse/sentiment/t2s.txt")) {
            shipped = in.readAllBytes();
        }
        assertThat(pairs).isEqualTo(2906);
        assertThat(Files.readAllBytes(out)).isEqualTo(shipped);
    }
}
