package io.communitypulse.sentiment.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Where training reads from and writes to, relative to the repository, and the data checksum. */
public final class TrainingFiles {
    private TrainingFiles() {
    }

    /** The nearest directory at or above {@code from} that holds {@code sentiment/pom.xml}. */
    public static Path repositoryRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("sentiment/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the repository: no sentiment/pom.xml above " + from);
    }

    /** {@code ../shared/data/sentiment/*_train.tsv} next to the repository, sorted by name. */
    public static List<Path> defaultTrainingFiles(Path root) throws IOException {
        Path dir = root.toAbsolutePath().getParent().resolve("shared/data/sentiment");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_train.tsv")).sorted().toList();
        }
    }

    public static Path defaultArtifact(Path root) {
        return root.resolve("sentiment/src/main/resources/io/communitypulse/sentiment/model-v1.bin");
    }

    /**
     * The rows of all files, each file repeated {@code round(sqrt(largest / its size))} times (at least
     * once), so a small domain is not drowned out by a large one: with the default files retail (42k rows)
     * counts once and waimai (9.5k) twice; a brand's few hundred messages count several times. Chosen
     * on a validation split of the train files (waimai validation +0.5 to +0.8 points, retail within 0.1).
     */
    public static List<LabelledText> balanced(List<List<LabelledText>> files) {
        int largest = files.stream().mapToInt(List::size).max().orElse(0);
        List<LabelledText> rows = new java.util.ArrayList<>();
        for (List<LabelledText> file : files) {
            for (int k = 0, n = repeats(file.size(), largest); k < n; k++) {
                rows.addAll(file);
            }
        }
        return rows;
    }

    static int repeats(int size, int largest) {
        return size == 0 ? 0 : (int) Math.max(1, Math.round(Math.sqrt((double) largest / size)));
    }

    /** SHA-256 over the files' bytes in the given order. */
    public static String sha256(List<Path> files) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
