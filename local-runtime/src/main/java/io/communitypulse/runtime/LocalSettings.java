package io.communitypulse.runtime;

import java.nio.file.Path;

/**
 * Where the one-machine runtime keeps its data and which ports it uses. Flags win over environment
 * variables, which win over the defaults (ClickHouse's own 8123 and 9000, the API on 7070).
 */
record LocalSettings(Path dataDir, int clickHouseHttpPort, int clickHouseTcpPort, int apiPort, String database) {

    static final String DATABASE = "pulse";

    static LocalSettings from(CommandLine line) {
        return new LocalSettings(
                Path.of(line.get("data", env("PULSE_DATA_DIR", ".pulse"))),
                line.getInt("http-port", Integer.parseInt(env("PULSE_CLICKHOUSE_HTTP_PORT", "8123"))),
                line.getInt("tcp-port", Integer.parseInt(env("PULSE_CLICKHOUSE_TCP_PORT", "9000"))),
                line.getInt("api-port", Integer.parseInt(env("PULSE_API_PORT", "7070"))),
                line.get("database", env("PULSE_DATABASE", DATABASE)));
    }

    Path clickHouseDir() {
        return dataDir.resolve("clickhouse");
    }

    Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
