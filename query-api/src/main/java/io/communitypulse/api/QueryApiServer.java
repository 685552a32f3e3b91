package io.communitypulse.api;

import io.communitypulse.api.auth.Authenticator;
import io.communitypulse.api.auth.TokenStore;
import io.communitypulse.api.clickhouse.ClickHouse;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A running Query API: what {@code QueryApiMain} and the demo runtime start and close. */
public final class QueryApiServer implements AutoCloseable {

    private final Javalin app;

    private QueryApiServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts the API on {@code port} (0 picks a free one) over the ClickHouse database at {@code jdbcUrl},
     * its live stream fed from Kafka at {@code kafkaBootstrap} (null: no live stream).
     */
    public static QueryApiServer start(String jdbcUrl, TokenStore tokens, String kafkaBootstrap, int port) {
        return start(ClickHouse.at(jdbcUrl), ApiConfig.of(tokens, kafkaBootstrap), port);
    }

    /** As above, with tokens from a JSON token file (see {@link TokenStore}). */
    public static QueryApiServer start(String jdbcUrl, Path tokensFile, String kafkaBootstrap, int port) {
        return start(jdbcUrl, TokenStore.fromFile(tokensFile), kafkaBootstrap, port);
    }

    public static QueryApiServer start(ClickHouse clickHouse, ApiConfig config, int port) {
        return new QueryApiServer(QueryApi.create(clickHouse, config).start(port));
    }

    public int port() {
        return app.port();
    }

    /** The dashboard's address on this machine, signed in with {@code token}. */
    public String dashboardUrl(String token) {
        return "http://localhost:" + port() + "/?" + Authenticator.ACCESS_TOKEN_PARAMETER + "="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
