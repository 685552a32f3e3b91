package io.communitypulse.api;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Runs the Query API until the process is stopped:
 * {@code QueryApiMain --jdbc jdbc:clickhouse://127.0.0.1:8123/pulse --tokens tokens.json [--kafka BROKERS] [--port 7070]};
 * without {@code --kafka} the live alert stream answers 503.
 */
public final class QueryApiMain {

    static final String JDBC_FLAG = "--jdbc";
    static final String TOKENS_FLAG = "--tokens";
    static final String PORT_FLAG = "--port";
    static final String KAFKA_FLAG = "--kafka";
    static final int DEFAULT_PORT = 7070;
    private static final String USAGE =
            "usage: QueryApiMain --jdbc jdbc:clickhouse://HOST:8123/DATABASE --tokens TOKENS.json [--kafka BROKERS] [--port 7070]";

    private QueryApiMain() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        QueryApiServer server = QueryApiServer.start(options.jdbcUrl(), options.tokensFile(), options.kafka(), options.port());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "query-api-shutdown"));
        System.out.println("Query API listening on http://localhost:" + server.port() + "/");
    }

    record Options(String jdbcUrl, Path tokensFile, String kafka, int port) {

        static Options parse(List<String> args) {
            String jdbcUrl = null;
            Path tokensFile = null;
            String kafka = null;
            int port = DEFAULT_PORT;
            Deque<String> rest = new ArrayDeque<>(args);
            while (!rest.isEmpty()) {
                String flag = rest.pop();
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
                String value = rest.pop();
                switch (flag) {
                    case JDBC_FLAG -> jdbcUrl = value;
                    case TOKENS_FLAG -> tokensFile = Path.of(value);
                    case PORT_FLAG -> port = Integer.parseInt(value);
                    case KAFKA_FLAG -> kafka = value;
                    default -> throw new IllegalArgumentException("unknown flag " + flag);
                }
            }
            if (jdbcUrl == null || tokensFile == null) {
                throw new IllegalArgumentException(JDBC_FLAG + " and " + TOKENS_FLAG + " are required");
            }
            return new Options(jdbcUrl, tokensFile, kafka, port);
        }
    }
}
