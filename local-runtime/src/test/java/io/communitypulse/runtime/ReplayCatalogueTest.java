package io.communitypulse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.communitypulse.sentiment.ProductCatalogue;
import io.communitypulse.sentiment.text.TextNormaliser;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./pulse replay without --catalogue matches products, as the demo does, instead of none. */
class ReplayCatalogueTest {

    private static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));

    @Test
    void withoutCatalogueTheShippedOneMatchesTheProductAComplaintNames() throws Exception {
        String chosen = ReplayCommand.catalogue(CommandLine.parse(List.of("events.jsonl")), ROOT);

        assertThat(Path.of(chosen)).isEqualTo(ROOT.resolve("config/catalogue.json"));
        try (InputStream in = Files.newInputStream(Path.of(chosen))) {
            ProductCatalogue catalogue = ProductCatalogue.fromJson(in);
            assertThat(catalogue.skusMentioned("yunshui", TextNormaliser.normalise("用了面霜过敏了")))
                    .containsExactly("ys-cream-50");
        }
    }

    @Test
    void aCatalogueGivenOnTheCommandLineWins() {
        CommandLine line = CommandLine.parse(List.of("events.jsonl", "--catalogue", "brand.json"));

        assertThat(ReplayCommand.catalogue(line, ROOT)).isEqualTo("brand.json");
    }

    @Test
    void withoutCatalogueOutsideTheRepositoryItSaysSoInsteadOfMatchingNothing(@TempDir Path elsewhere) {
        assertThatThrownBy(() -> ReplayCommand.catalogue(CommandLine.parse(List.of("events.jsonl")), elsewhere))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no --catalogue given")
                .hasMessageContaining("pass --catalogue FILE");
    }
}
