package io.communitypulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.communitypulse.api.auth.Role;
import io.communitypulse.api.auth.TokenStore;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Tokens, a fixed instant and the JSON helpers every API test shares. */
final class Fixtures {

    static final Instant BASE = Instant.parse("2025-06-01T08:00:00Z");
    static final String BRAND_A = "brand_a";
    static final String BRAND_B = "brand_b";
    static final String TOKEN_A = "token-for-brand-a";
    static final String TOKEN_B = "token-for-brand-b";
    static final String TOKEN_ALL = "token-for-operators";
    static final String OPERATOR_A = "token-for-operator-of-a";
    static final String ADMIN = "token-for-admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static TokenStore tokens() {
        return TokenStore.builder()
                .add(TOKEN_A, "ops team A", List.of(BRAND_A))
                .add(TOKEN_B, "ops team B", List.of(BRAND_B))
                .add(TOKEN_ALL, "platform operators", List.of("*"))
                .add(OPERATOR_A, "operator Li (brand a)", Map.of(BRAND_A, Role.OPERATOR, BRAND_B, Role.VIEWER))
                .add(ADMIN, "admin Wang", Map.of("*", Role.ADMIN))
                .build();
    }

    /** Without Kafka: the live stream answers 503 (AlertStreamTest gives it a broker). */
    static ApiConfig config() {
        return ApiConfig.of(tokens(), null);
    }

    static Response get(HttpClient client, String path, String token) {
        return client.get(path, request -> request.header("Authorization", "Bearer " + token));
    }

    static Response post(HttpClient client, String path, String token, String body) {
        return client.post(path, body, request -> request.header("Authorization", "Bearer " + token));
    }

    static JsonNode json(Response response) {
        try {
            return JSON.readTree(response.body().string());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
    }

    /** The body of a 200 answer. */
    static JsonNode ok(Response response) {
        assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        return json(response);
    }

    static void assertBadRequest(Response response, String messagePart) {
        assertThat(response.code()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains(messagePart);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
