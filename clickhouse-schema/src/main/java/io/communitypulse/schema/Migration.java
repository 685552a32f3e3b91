package io.communitypulse.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One numbered file of {@code sql/}: {@code NNN_what_it_does.sql}, statements separated by a
 * semicolon at the end of a line.
 */
public record Migration(int version, String name, String script) {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{3})_([a-z0-9_]+)\\.sql");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    static Migration of(String fileName, String script) {
        Matcher matcher = FILE_NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("migration file " + fileName + " is not named NNN_name.sql");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2), script);
    }

    public List<String> statements() {
        return Arrays.stream(STATEMENT_END.split(script))
                .map(String::strip)
                .filter(statement -> !statement.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--")))
                .toList();
    }

    /** A fingerprint of the script: an applied migration must never change. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
