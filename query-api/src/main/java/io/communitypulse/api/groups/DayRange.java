package io.communitypulse.api.groups;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The days [from, to] (both included) of a group's health series: 30 unless the caller gives both ends, at most 366. */
public record DayRange(LocalDate from, LocalDate to) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 366;

    /** The caller's range; a missing end is 30 days from the other, and with neither the 30 days up to {@code newest}. */
    static DayRange of(Context ctx, LocalDate newest) {
        Optional<LocalDate> from = date(ctx, "from");
        Optional<LocalDate> to = date(ctx, "to");
        LocalDate end = to.orElseGet(() -> from.map(f -> f.plusDays(DEFAULT_DAYS - 1)).orElse(newest));
        LocalDate start = from.orElseGet(() -> end.minusDays(DEFAULT_DAYS - 1));
        if (start.isAfter(end)) {
            throw new BadRequestResponse("parameter 'from' must not be after 'to'");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw new BadRequestResponse("parameters 'from' and 'to' may span at most " + MAX_DAYS + " days");
        }
        return new DayRange(start, end);
    }

    static boolean asked(Context ctx) {
        return ctx.queryParam("from") != null || ctx.queryParam("to") != null;
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("parameter '" + name + "' must be a date such as 2026-11-23, got '" + value + "'");
        }
    }
}
