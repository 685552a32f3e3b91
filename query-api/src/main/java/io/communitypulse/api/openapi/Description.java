package io.communitypulse.api.openapi;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the OpenAPI document says about one route: a summary, its parameters, the body it takes, what it
 * answers and the errors it can give. Built next to the route table ({@link ApiDescriptions}).
 */
public final class Description {

    /** A query or path parameter. */
    public record Parameter(String name, String in, String type, boolean required, String description, List<String> values) {}

    final String tag;
    final String summary;
    final List<Parameter> parameters = new ArrayList<>();
    final Map<Integer, String> errors = new LinkedHashMap<>();
    Type response;
    String responseType = "application/json";
    Type requestBody;
    int status = 200;
    boolean needsToken = true;

    private Description(String tag, String summary) {
        this.tag = tag;
        this.summary = summary;
    }

    public static Description of(String tag, String summary) {
        return new Description(tag, summary);
    }

    public Description query(String name, String type, String description, String... values) {
        parameters.add(new Parameter(name, "query", type, false, description, List.of(values)));
        return this;
    }

    public Description path(String name, String description) {
        parameters.add(new Parameter(name, "path", "string", true, description, List.of()));
        return this;
    }

    public Description returns(int newStatus, Type type) {
        status = newStatus;
        response = type;
        return this;
    }

    public Description returnsEvents() {
        responseType = "text/event-stream";
        return this;
    }

    public Description body(Type type) {
        requestBody = type;
        return this;
    }

    public Description error(int code, String when) {
        errors.put(code, when);
        return this;
    }

    public Description publicRoute() {
        needsToken = false;
        return this;
    }
}
