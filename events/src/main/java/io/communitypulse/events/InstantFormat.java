package io.communitypulse.events;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Instants as contract v1 writes them: ISO-8601 strings with an offset ({@code Z} or {@code +08:00}).
 * Epoch numbers are not instants: whether 1795000000 means seconds or milliseconds is a guess, and a
 * wrong guess lands events in 1970 or in the year 58000.
 */
final class InstantFormat {

    static final String RULE = "an ISO-8601 instant with an offset, such as 2026-11-23T09:00:00+08:00";
    private static final Pattern DIGITS = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private InstantFormat() {}

    static OffsetDateTime parse(String text) throws DateTimeParseException {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Says what {@code value} (a JSON string or number that is no instant) is instead. */
    static String whatItIs(Object value) {
        if (value instanceof Number) {
            return value + ", a number (epoch seconds and milliseconds are not accepted)";
        }
        String text = String.valueOf(value);
        if (DIGITS.matcher(text.trim()).matches()) {
            return "'" + text + "', a number in a string (epoch seconds and milliseconds are not accepted)";
        }
        if (isLocalDateTime(text)) {
            return "'" + text + "', which has no offset (add Z for UTC or +08:00 for China time)";
        }
        return "'" + text + "'";
    }

    private static boolean isLocalDateTime(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
