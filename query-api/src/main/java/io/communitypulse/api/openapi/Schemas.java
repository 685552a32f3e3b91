package io.communitypulse.api.openapi;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas of the records the API serves, derived from the records themselves (their components,
 * named in snake_case as the API's JSON is), so the document cannot drift from what is sent.
 * Each record becomes a component under {@code #/components/schemas}.
 */
final class Schemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private final Map<String, ObjectNode> components = new TreeMap<>();

    /** A schema for the type, adding the records it uses to the components. */
    ObjectNode of(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", of(arguments[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", of(arguments[1]));
                return map;
            }
            return of(raw);
        }
        Class<?> type1 = (Class<?>) type;
        if (type1 == String.class) {
            return JSON.objectNode().put("type", "string");
        }
        if (type1 == int.class || type1 == Integer.class || type1 == long.class || type1 == Long.class) {
            return JSON.objectNode().put("type", "integer");
        }
        if (type1 == double.class || type1 == Double.class) {
            return JSON.objectNode().put("type", "number");
        }
        if (type1 == boolean.class || type1 == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        }
        if (type1 == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        }
        if (type1 == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        }
        if (type1.isEnum()) {
            ObjectNode values = JSON.objectNode().put("type", "string");
            for (Object constant : type1.getEnumConstants()) {
                values.withArray("enum").add(constant.toString().toLowerCase(java.util.Locale.ROOT));
            }
            return values;
        }
        if (type1.isRecord()) {
            return reference(type1);
        }
        return JSON.objectNode().put("type", "object");
    }

    Map<String, ObjectNode> components() {
        return components;
    }

    /** The record's own {@code @JsonNaming}, when it has one, as Jackson uses it; else snake_case. */
    private static PropertyNamingStrategies.NamingBase naming(Class<?> record) {
        JsonNaming own = record.getAnnotation(JsonNaming.class);
        if (own == null || !PropertyNamingStrategies.NamingBase.class.isAssignableFrom(own.value())) {
            return SNAKE;
        }
        try {
            return (PropertyNamingStrategies.NamingBase) own.value().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make the naming of " + record.getSimpleName(), e);
        }
    }

    private ObjectNode reference(Class<?> record) {
        String name = record.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, JSON.objectNode());
            components.put(name, describe(record));
        }
        return JSON.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    private ObjectNode describe(Class<?> record) {
        PropertyNamingStrategies.NamingBase naming = naming(record);
        ObjectNode own = JSON.objectNode().put("type", "object");
        ObjectNode properties = own.putObject("properties");
        ObjectNode schema = own;
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.isAnnotationPresent(JsonUnwrapped.class) || component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                // its fields sit beside this record's own
                schema = JSON.objectNode();
                schema.withArray("allOf").add(of(component.getGenericType())).add(own);
                continue;
            }
            boolean raw = component.isAnnotationPresent(JsonRawValue.class) || component.getAccessor().isAnnotationPresent(JsonRawValue.class);
            properties.set(naming.translate(component.getName()),
                    raw ? JSON.objectNode().put("type", "object") : of(component.getGenericType()));
        }
        return schema;
    }
}
