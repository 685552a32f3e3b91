package io.communitypulse.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @Test
    void reads_tokens_and_their_brands_from_the_json_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.json");
        Files.writeString(file, """
                {"tokens":[{"token":"t-a","name":"ops team A","brands":["brand_a"]},
                           {"token":"t-all","name":"platform operators","brands":["*"]}]}
                """);

        TokenStore tokens = TokenStore.fromFile(file);

        ApiToken teamA = tokens.find("t-a").orElseThrow();
        assertThat(teamA.name()).isEqualTo("ops team A");
        assertThat(teamA.scope().includes("brand_a")).isTrue();
        assertThat(teamA.scope().includes("brand_b")).isFalse();
        assertThat(tokens.find("t-all").orElseThrow().scope().brandFilter()).isEmpty();
    }

    @Test
    void unknown_and_missing_tokens_are_not_found() {
        TokenStore tokens = TokenStore.builder().add("secret", "a", List.of("brand_a")).build();

        assertThat(tokens.find("secre")).isEmpty();
        assertThat(tokens.find("secret ")).isEmpty();
        assertThat(tokens.find("")).isEmpty();
        assertThat(tokens.find(null)).isEmpty();
    }

    @Test
    void blank_tokens_tokens_without_brands_and_repeated_tokens_are_rejected() {
        assertThatThrownBy(() -> TokenStore.builder().add(" ", "a", List.of("brand_a")))
                .hasMessageContaining("no token");
        assertThatThrownBy(() -> TokenStore.builder().add("t", "a", List.of()))
                .hasMessageContaining("no brands");
        assertThatThrownBy(() -> TokenStore.builder().add("t", "a", List.of("x")).add("t", "b", List.of("y")))
                .hasMessageContaining("repeats");
    }
}
