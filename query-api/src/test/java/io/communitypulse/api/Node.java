package io.communitypulse.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs dashboard JavaScript in Node (V8, the engine of Chrome; with full ICU time zones), which
 * {@code ./pulse} already requires through npm. Loads a script into a fresh context with a
 * {@code window} object and prints what {@code expression} evaluates to, as JSON.
 */
final class Node {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String DRIVER = """
            const vm = require('vm');
            const context = { window: {} };
            vm.runInNewContext(require('fs').readFileSync(process.argv[1], 'utf8'), context);
            console.log(JSON.stringify(vm.runInNewContext(process.argv[2], context)));
            """;

    private Node() {
    }

    static String evaluate(String script, String expression) throws IOException, InterruptedException {
        Path file = Files.createTempFile("dashboard", ".js");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process node = start(file, expression);
            if (!node.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                node.destroyForcibly();
                throw new AssertionError("node did not finish within " + TIMEOUT);
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (node.exitValue() != 0) {
                throw new AssertionError("node failed: " + output);
            }
            return output;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Process start(Path file, String expression) throws IOException {
        try {
            return new ProcessBuilder("node", "-e", DRIVER, file.toString(), expression).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("node is needed for the dashboard's script tests (npm, which ./pulse needs, brings it)", e);
        }
    }
}
