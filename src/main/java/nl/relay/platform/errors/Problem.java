package nl.relay.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem body: the only shape an error ever takes in the API. */
public record Problem(String type, String title, int status, String detail,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field: a dotted path into the request body (or a parameter name) and what is wrong; for
     * text with a syntax (an alert's query), the position of the fault, counting characters from 1.
     */
    public record FieldError(String field, String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer position) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
