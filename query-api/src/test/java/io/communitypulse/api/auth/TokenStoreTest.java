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

    @Test
    void roles_are_per_brand_with_viewer_as_the_default(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.json");
        Files.writeString(file, """
                {"tokens":[{"token":"t-v","name":"readers","brands":["brand_a"]},
                           {"token":"t-o","name":"ops","brands":["brand_a","brand_b"],"role":"operator"},
                           {"token":"t-m","name":"mixed","roles":{"brand_a":"admin","brand_b":"viewer"}},
                           {"token":"t-all","name":"platform","roles":{"*":"operator"}}]}
                """);

        TokenStore tokens = TokenStore.fromFile(file);

        assertThat(tokens.find("t-v").orElseThrow().roleFor("brand_a")).contains(Role.VIEWER);
        assertThat(tokens.find("t-o").orElseThrow().roleFor("brand_b")).contains(Role.OPERATOR);
        assertThat(tokens.find("t-m").orElseThrow().roleFor("brand_a")).contains(Role.ADMIN);
        assertThat(tokens.find("t-m").orElseThrow().roleFor("brand_b")).contains(Role.VIEWER);
        assertThat(tokens.find("t-m").orElseThrow().roleFor("brand_c")).isEmpty();
        assertThat(tokens.find("t-all").orElseThrow().roleFor("anything")).contains(Role.OPERATOR);
        assertThat(tokens.find("t-m").orElseThrow().scope().includes("brand_b")).isTrue();
    }

    @Test
    void an_unknown_role_is_rejected() {
        assertThatThrownBy(() -> TokenStore.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"tokens\":[{\"token\":\"t\",\"name\":\"x\",\"brands\":[\"a\"],\"role\":\"owner\"}]}")))
                .hasMessageContaining("owner").hasMessageContaining("viewer, operator, admin");
    }
}
