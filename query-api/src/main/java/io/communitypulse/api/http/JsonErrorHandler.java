package io.communitypulse.api.http;

import io.communitypulse.api.ApiJson;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error page, as the API's JSON {@link ApiError}. Jetty answers some requests before
 * Javalin routes them (a path that climbs above the root, an ambiguous path, a URL or headers over
 * its limits) and would render HTML; set on the server, this renders them as every other error.
 */
public final class JsonErrorHandler extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int status = response.getStatus();
        String reason = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException failure) {
            status = failure.getCode();
            reason = reason == null ? failure.getReason() : reason;
        }
        response.setStatus(status);
        response.getHeaders().put(ERROR_CACHE_CONTROL);
        if (HttpMethod.HEAD.is(request.getMethod()) || HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        byte[] body = ApiJson.mapper().writeValueAsBytes(new ApiError(message(status, reason), status));
        response.getHeaders().put(MimeTypes.Type.APPLICATION_JSON.getContentTypeField());
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Our words for what Jetty refuses, with Jetty's own reason where it says more than the status does. */
    static String message(int status, String reason) {
        String standard = HttpStatus.getMessage(status);
        String detail = reason == null || reason.equalsIgnoreCase(standard) ? "" : ": " + reason;
        return switch (status) {
            case HttpStatus.BAD_REQUEST_400 -> "malformed request" + detail
                    + " (not valid HTTP, or a path with .. above the root or with ambiguous encodings)";
            case HttpStatus.URI_TOO_LONG_414 -> "the URL is too long: request line and headers may have 8 KiB together";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 ->
                    "the request headers are too large: request line and headers may have 8 KiB together";
            default -> standard + detail;
        };
    }
}
