package nl.relay.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body: the only shape an error ever takes in the API. */
public record Problem(String type, String title, int status, String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: a dotted path into the request body (or a parameter name) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
