package io.communitypulse.api.auth;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Who holds a token, which brands' data it may read, and its role for each of them
 * ({@code "*"} as a brand: every brand).
 */
public record ApiToken(String name, BrandScope scope, Map<String, Role> roles) {

    public ApiToken {
        roles = Map.copyOf(roles);
    }

    /** The token's role for a brand it may read; empty for one outside its scope. */
    public Optional<Role> roleFor(String brand) {
        Role role = roles.get(brand);
        return Optional.ofNullable(role != null ? role : roles.get(BrandScope.ALL_BRANDS));
    }

    /** brand → role, sorted, for {@code GET /api/me}. */
    public Map<String, String> roleNames() {
        Map<String, String> names = new TreeMap<>();
        roles.forEach((brand, role) -> names.put(brand, role.wireName()));
        return names;
    }
}
