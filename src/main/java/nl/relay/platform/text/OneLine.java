package nl.relay.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name that is one line: no control characters at all (not even newline or tab) and no Unicode line or
 * paragraph separators. Names reach email subjects and headers, where a line break starts a header of its
 * own, so every one-line name is refused at the door rather than cleaned later.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneLine.Check.class)
public @interface OneLine {

    String MESSAGE = "must be one line, without control characters";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule, for the annotation and for use cases that check by hand. */
    final class Check implements ConstraintValidator<OneLine, String> {

        /** Whether the text is one line; null counts as one (absence is another rule's business). */
        public static boolean holds(String text) {
            if (text == null) {
                return true;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return holds(value);
        }
    }
}
