package io.communitypulse.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./pulse sentiment score} matches the products a message names without being told where the catalogue is. */
class SentimentCliCatalogueTest {

    private static final String COMPLAINT = "用了面霜过敏了，脸上起疹子";

    private final ByteArrayOutputStream notes = new ByteArrayOutputStream();

    @Test
    void withoutCatalogueTheShippedOneMatchesTheBrandsProduct() throws IOException {
        JsonNode result = score("--brand", "yunshui", COMPLAINT);

        assertThat(result.get("products").toString()).isEqualTo("[\"ys-cream-50\"]");
        assertThat(notes()).contains("config/catalogue.json for brand yunshui");
    }

    @Test
    void withoutBrandItSaysWhyNoProductMatches() throws IOException {
        JsonNode result = score(COMPLAINT);

        assertThat(result.get("products")).isEmpty();
        assertThat(notes()).contains("none without --brand");
    }

    @Test
    void aCatalogueGivenOnTheCommandLineWins(@TempDir Path dir) throws IOException {
        Path own = Files.writeString(dir.resolve("own.json"),
                "{\"brands\":{\"yunshui\":[{\"sku\":\"own-cream\",\"name\":\"面霜\",\"aliases\":[]}]}}");

        JsonNode result = score("--catalogue", own.toString(), "--brand", "yunshui", COMPLAINT);

        assertThat(result.get("products").toString()).isEqualTo("[\"own-cream\"]");
        assertThat(notes()).contains(own.toString());
    }

    private JsonNode score(String... arguments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentCli.score(new ArrayList<>(List.of(arguments)), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(notes, true, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private String notes() {
        return notes.toString(StandardCharsets.UTF_8);
    }
}
