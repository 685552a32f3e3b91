package io.communitypulse.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of {@code sql/}, packaged on the classpath by this module's build, in version order. */
final class MigrationFiles {

    static final String RESOURCE_DIR = "io/communitypulse/schema/sql";

    private MigrationFiles() {}

    static List<Migration> load() {
        URL url = MigrationFiles.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IllegalStateException(RESOURCE_DIR + " is not on the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(RESOURCE_DIR));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Migration> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Migration> migrations = files.filter(file -> file.getFileName().toString().endsWith(".sql"))
                    .map(MigrationFiles::readOne)
                    .sorted(Comparator.comparingInt(Migration::version))
                    .toList();
            requireUniqueVersions(migrations);
            return migrations;
        }
    }

    private static Migration readOne(Path file) {
        try {
            return Migration.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireUniqueVersions(List<Migration> migrations) {
        for (int i = 1; i < migrations.size(); i++) {
            if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                throw new IllegalStateException("two migrations share version " + migrations.get(i).version());
            }
        }
    }
}
