package io.communitypulse.clickhouse.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;
import java.util.List;

/**
 * The process that hosts ClickHouse: calls chDB's command-line entry point {@code query_stable_v2}
 * with clickhouse-local arguments that open ClickHouse's own HTTP and native TCP listeners, then
 * keeps that call blocked so the listeners stay up.
 *
 * <p>It runs in a JVM of its own so ClickHouse's threads and signal handlers stay out of the
 * caller's JVM. It ends when its standard input closes, so it never outlives the process that
 * started it, even one that was killed.
 *
 * <p>Arguments: {@code LIBCHDB_PATH DATA_DIR HTTP_PORT TCP_PORT}.
 */
public final class ChdbServerMain {

    /** Long enough to never run out; sleepEachRow sleeps one second per row. */
    private static final long BLOCKING_SECONDS = 100L * 365 * 24 * 3600;

    private ChdbServerMain() {}

    public static void main(String[] args) throws Throwable {
        if (args.length != 4) {
            System.err.println("usage: ChdbServerMain LIBCHDB_PATH DATA_DIR HTTP_PORT TCP_PORT");
            System.exit(2);
        }
        exitWhenParentGoesAway();
        List<String> argv = serverArguments(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        MethodHandle entry = entryPoint(Path.of(args[0]));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cArgv = arena.allocate(ValueLayout.ADDRESS, argv.size());
            for (int i = 0; i < argv.size(); i++) {
                cArgv.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(argv.get(i)));
            }
            entry.invoke(argv.size(), cArgv);
        }
        // The blocking query only returns if ClickHouse refused to start (a taken port, say).
        System.err.println("ClickHouse stopped: see the messages above");
        System.exit(3);
    }

    static List<String> serverArguments(Path dataDir, int httpPort, int tcpPort) {
        String blockForever = "SELECT sleepEachRow(1) FROM numbers(" + BLOCKING_SECONDS + ")"
                + " SETTINGS max_block_size = 1, function_sleep_max_microseconds_per_block = 0 FORMAT Null";
        return List.of(
                "clickhouse",
                "--path=" + dataDir.toAbsolutePath(),
                "--listen_host=127.0.0.1",
                "--http_port=" + httpPort,
                "--tcp_port=" + tcpPort,
                "--multiquery",
                "--query=SYSTEM START LISTEN QUERIES ALL; " + blockForever);
    }

    private static MethodHandle entryPoint(Path library) {
        SymbolLookup lookup = SymbolLookup.libraryLookup(library, Arena.global());
        MemorySegment symbol = lookup.find("query_stable_v2")
                .orElseThrow(() -> new IllegalStateException("no query_stable_v2 in " + library));
        return Linker.nativeLinker().downcallHandle(symbol,
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    }

    private static void exitWhenParentGoesAway() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is sent on stdin; reading only waits for it to close
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            // halt, not exit: ClickHouse's own threads must not delay the stop
            Runtime.getRuntime().halt(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
