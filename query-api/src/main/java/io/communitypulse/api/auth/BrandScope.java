package io.communitypulse.api.auth;

import io.javalin.http.ForbiddenResponse;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The brands a caller may see: a fixed set, or every brand ({@code "*"} in the token file).
 * Every query filters by it, so a token never reads another brand's rows.
 */
public final class BrandScope {

    public static final String ALL_BRANDS = "*";

    private final Set<String> brands;
    private final boolean allBrands;

    private BrandScope(Set<String> brands, boolean allBrands) {
        this.brands = brands;
        this.allBrands = allBrands;
    }

    public static BrandScope of(Collection<String> brands) {
        if (brands.contains(ALL_BRANDS)) {
            return new BrandScope(Set.of(), true);
        }
        return new BrandScope(Set.copyOf(brands), false);
    }

    public boolean includes(String brand) {
        return allBrands || brands.contains(brand);
    }

    /** The brands to filter by; empty when every brand is visible. */
    public Optional<Set<String>> brandFilter() {
        return allBrands ? Optional.empty() : Optional.of(brands);
    }

    /** This scope narrowed to the {@code brand} a caller asked for; 403 when it lies outside. */
    public BrandScope narrowTo(String brand) {
        if (brand == null || brand.isBlank()) {
            return this;
        }
        if (!includes(brand)) {
            throw new ForbiddenResponse("this token may not read brand '" + brand + "'");
        }
        return new BrandScope(Set.of(brand), false);
    }

    @Override
    public String toString() {
        return allBrands ? ALL_BRANDS : brands.toString();
    }
}
