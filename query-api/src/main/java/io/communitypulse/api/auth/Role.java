package io.communitypulse.api.auth;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a token may do for a brand: a viewer reads; an operator also acknowledges, resolves, snoozes
 * and comments on alerts; an admin also reopens a resolved alert. Each role includes the ones before it.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromWire(String name, String entry) {
        return Arrays.stream(values()).filter(role -> role.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("token file: entry '" + entry + "' has role '" + name
                        + "'; one of viewer, operator, admin"));
    }
}
