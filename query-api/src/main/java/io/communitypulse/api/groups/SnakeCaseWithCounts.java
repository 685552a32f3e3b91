package io.communitypulse.api.groups;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * snake_case that also parts a number from the word before it, so that {@code activeMembers7d} is
 * {@code active_members_7d}, as the column in ClickHouse.
 */
public final class SnakeCaseWithCounts extends PropertyNamingStrategies.NamingBase {

    private static final long serialVersionUID = 1L;

    @Override
    public String translate(String name) {
        return PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(name).replaceAll("([a-z])(\\d)", "$1_$2");
    }
}
