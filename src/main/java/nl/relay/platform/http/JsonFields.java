package nl.relay.platform.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import nl.relay.platform.text.ControlCharacters;

/** Describes JSON binding failures in the client's terms: field paths and JSON types, never Java classes. */
public final class JsonFields {

    private JsonFields() {
    }

    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    public static String expectation(MismatchedInputException e) {
        if (e instanceof ControlCharacters.Rejected rejected) {
            return rejected.reason();
        }
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "has a value of the wrong type";
        }
        if (type == String.class || type.isEnum() || Temporal.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a whole number in range";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has a value of the wrong type";
    }

    public static String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> constant.toString())
                .collect(Collectors.joining(", "));
    }
}
