package io.communitypulse.api.auth;


/** Who holds a token and which brands' data it may read. */
public record ApiToken(String name, BrandScope scope) {
}
