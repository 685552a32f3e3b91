package io.communitypulse.api.auth;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.Set;

/** Resolves the caller's token before every matched route that requires one. */
public final class Authenticator {

    public static final String ACCESS_TOKEN_PARAMETER = "access_token";
    private static final String SCOPE_ATTRIBUTE = "pulse.brandScope";
    private static final String TOKEN_ATTRIBUTE = "pulse.token";
    private static final String BEARER = "Bearer ";

    private final TokenStore tokens;

    public Authenticator(TokenStore tokens) {
        this.tokens = tokens;
    }

    /** A before-matched handler. */
    public void authenticate(Context ctx) {
        Set<?> roles = ctx.routeRoles();
        boolean acceptsQueryParameter = roles.contains(Access.TOKEN_OR_QUERY_PARAMETER);
        if (!acceptsQueryParameter && !roles.contains(Access.TOKEN)) {
            return;
        }
        String presented = bearerToken(ctx);
        if (presented == null && acceptsQueryParameter) {
            presented = ctx.queryParam(ACCESS_TOKEN_PARAMETER);
        }
        ApiToken token = tokens.find(presented)
                .orElseThrow(() -> new UnauthorizedResponse("missing or unknown API token"));
        ctx.attribute(SCOPE_ATTRIBUTE, token.scope());
        ctx.attribute(TOKEN_ATTRIBUTE, token);
    }

    /** The authenticated caller's token: its name and roles. */
    public static ApiToken token(Context ctx) {
        ApiToken token = ctx.attribute(TOKEN_ATTRIBUTE);
        if (token == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads a token but requires none");
        }
        return token;
    }

    /** 403 unless the caller's role for {@code brand} includes {@code needed}; returns the caller's role. */
    public static Role requireRole(Context ctx, String brand, Role needed) {
        Role role = token(ctx).roleFor(brand).orElse(Role.VIEWER);
        if (!role.includes(needed)) {
            throw new io.javalin.http.ForbiddenResponse("this token is a " + role.wireName() + " of brand '" + brand
                    + "'; this needs the " + needed.wireName() + " role");
        }
        return role;
    }

    /** The brands the authenticated caller may read. */
    public static BrandScope scope(Context ctx) {
        BrandScope scope = ctx.attribute(SCOPE_ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " reads a scope but requires no token");
        }
        return scope;
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }
}
