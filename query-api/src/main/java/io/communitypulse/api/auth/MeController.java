package io.communitypulse.api.auth;

import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /api/me}: the caller's token name and role per brand, so a page shows only what it may do. */
public final class MeController {

    /** The answer. */
    public record Me(String name, Map<String, String> roles) {}

    public void get(Context ctx) {
        ApiToken token = Authenticator.token(ctx);
        ctx.json(new Me(token.name(), token.roleNames()));
    }
}
