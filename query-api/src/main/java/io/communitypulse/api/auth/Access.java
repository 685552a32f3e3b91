package io.communitypulse.api.auth;

import io.javalin.security.RouteRole;

/** What a route asks of its caller. Routes without a role (static files) are public. */
public enum Access implements RouteRole {
    /** No token: the health check. */
    PUBLIC,
    /** {@code Authorization: Bearer <token>}. */
    TOKEN,
    /** A bearer token or {@code ?access_token=}, for EventSource, which cannot send headers. */
    TOKEN_OR_QUERY_PARAMETER
}
