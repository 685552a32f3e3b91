package io.communitypulse.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docker-compose.yml as parsed YAML (no Docker engine runs here), with the look-ups its tests share. */
final class ComposeFile {

    static final Path ROOT = Path.of(System.getProperty("repository.root", ".."));

    private ComposeFile() {}

    static JsonNode parse() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** The value after {@code flag} in a command list. */
    static String flag(List<String> command, String flag) {
        int at = command.indexOf(flag);
        if (at < 0 || at + 1 >= command.size()) {
            throw new AssertionError(flag + " is not in " + command);
        }
        return command.get(at + 1);
    }
}
