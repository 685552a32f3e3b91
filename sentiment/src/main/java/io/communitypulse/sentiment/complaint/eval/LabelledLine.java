package io.communitypulse.sentiment.complaint.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One line of a labelled group-chat file ({@code data/chat/*.tsv}, described in {@code data/chat/README.md}):
 * tab-separated, one header line, no quoting; the {@code speaker} column is optional.
 *
 * @param speaker the member or staff id inside its context, or empty when the file has none
 */
public record LabelledLine(
        String id,
        String split,
        String domain,
        String brand,
        String role,
        boolean complaint,
        String kind,
        String aspect,
        String product,
        String contextId,
        String text,
        String speaker) {

    private static final List<String> REQUIRED = List.of(
            "id", "split", "domain", "brand", "role", "label", "kind", "aspect", "product", "context_id", "text");

    /** A conversation of several lines ({@code c…}), not a standalone line ({@code s…}). */
    public boolean inConversation() {
        return contextId.startsWith("c");
    }

    public boolean member() {
        return "member".equals(role);
    }

    /** Reads a whole file; every split. A file that is not in this format is an error naming the column. */
    public static List<LabelledLine> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        Map<String, Integer> column = IntStream.range(0, header.size()).boxed()
                .collect(Collectors.toMap(header::get, Function.identity()));
        for (String name : REQUIRED) {
            if (!column.containsKey(name)) {
                throw new IOException(file + ": no column '" + name + "' in the header (see data/chat/README.md)");
            }
        }
        Integer speaker = column.get("speaker");
        List<LabelledLine> rows = new ArrayList<>(lines.size() - 1);
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isEmpty()) {
                continue;
            }
            String[] f = lines.get(n).split("\t", -1);
            if (f.length != header.size()) {
                throw new IOException(file + " line " + (n + 1) + ": " + f.length + " columns, expected " + header.size());
            }
            rows.add(new LabelledLine(f[column.get("id")], f[column.get("split")], f[column.get("domain")],
                    f[column.get("brand")], f[column.get("role")], "1".equals(f[column.get("label")]),
                    f[column.get("kind")], f[column.get("aspect")], f[column.get("product")],
                    f[column.get("context_id")], f[column.get("text")], speaker == null ? "" : f[speaker]));
        }
        return rows;
    }
}
