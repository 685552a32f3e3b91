package io.communitypulse.api.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API's bearer tokens, each scoped to brands with a role per brand, read from a JSON file:
 * <pre>{"tokens":[{"token":"...","name":"ops team A","brands":["brand_a"],"role":"operator"},
 *            {"token":"...","name":"platform operators","roles":{"*":"admin"}},
 *            {"token":"...","name":"analysts","roles":{"brand_a":"viewer","brand_b":"operator"}}]}</pre>
 * {@code brands} with one {@code role} for all of them (viewer when absent), or {@code roles} per brand.
 * Lookups compare SHA-256 digests of every entry in constant time, so neither the position of a
 * mismatch nor the matching entry shows in the response time.
 */
public final class TokenStore {

    private record Entry(byte[] digest, ApiToken token) {
    }

    private final List<Entry> entries;

    private TokenStore(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static TokenStore fromFile(Path file) {
        try {
            return fromJson(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file, e);
        }
    }

    public static TokenStore fromJson(JsonNode root) {
        JsonNode tokens = root.path("tokens");
        if (!tokens.isArray()) {
            throw new IllegalArgumentException("token file: expected {\"tokens\": [...]}");
        }
        Builder builder = builder();
        for (JsonNode node : tokens) {
            String name = node.path("name").asText();
            Map<String, Role> roles = new LinkedHashMap<>();
            if (node.has("roles")) {
                node.get("roles").properties().forEach(entry -> roles.put(entry.getKey(), Role.fromWire(entry.getValue().asText(), name)));
            } else {
                Role role = Role.fromWire(node.path("role").asText(Role.VIEWER.wireName()), name);
                node.path("brands").forEach(brand -> roles.put(brand.asText(), role));
            }
            builder.add(node.path("token").asText(), name, roles);
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<ApiToken> find(String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        ApiToken found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest)) {
                found = entry.token();
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    /** Collects tokens, rejecting blank ones, ones without brands, and duplicates. */
    public static final class Builder {

        private final List<Entry> entries = new ArrayList<>();

        /** A viewer of these brands. */
        public Builder add(String token, String name, List<String> brands) {
            Map<String, Role> roles = new LinkedHashMap<>();
            brands.forEach(brand -> roles.put(brand, Role.VIEWER));
            return add(token, name, roles);
        }

        public Builder add(String token, String name, Map<String, Role> roles) {
            List<String> brands = new ArrayList<>(roles.keySet());
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token file: entry '" + name + "' has no token");
            }
            if (brands.isEmpty()) {
                throw new IllegalArgumentException("token file: entry '" + name + "' has no brands");
            }
            byte[] digest = sha256(token);
            if (entries.stream().anyMatch(entry -> MessageDigest.isEqual(entry.digest(), digest))) {
                throw new IllegalArgumentException("token file: entry '" + name + "' repeats a token");
            }
            entries.add(new Entry(digest, new ApiToken(name, BrandScope.of(brands), roles)));
            return this;
        }

        public TokenStore build() {
            return new TokenStore(entries);
        }
    }
}
