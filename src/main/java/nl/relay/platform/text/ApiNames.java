package nl.relay.platform.text;

import java.util.Locale;
import java.util.Optional;

/** How an enum constant is spelled in the API: lower case, '-' for '_' ({@code ON_HOLD} is {@code on-hold}). */
public final class ApiNames {

    private ApiNames() {
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant with this API name, spelled exactly; anything else (null too) is none. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
