package io.communitypulse.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The demo's API token: made once, kept in {@code .pulse/demo-token}, and granted every brand, as admin, in
 * the token file {@code .pulse/api-tokens.json} that the demo API reads.
 */
record DemoToken(String token, Path tokenFile, Path tokensConfig) {

    static DemoToken in(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path tokenFile = dataDir.resolve("demo-token");
        String token = Files.exists(tokenFile) ? Files.readString(tokenFile).strip() : newToken();
        Files.writeString(tokenFile, token + "\n", StandardCharsets.UTF_8);
        Path tokensConfig = dataDir.resolve("api-tokens.json");
        Files.writeString(tokensConfig, """
                {"tokens": [{"token": "%s", "name": "demo operator (all brands)", "roles": {"*": "admin"}}]}
                """.formatted(token), StandardCharsets.UTF_8);
        return new DemoToken(token, tokenFile, tokensConfig);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return "demo-" + HexFormat.of().formatHex(bytes);
    }
}
