package nl.relay.recruitment.candidates;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.relay.platform.text.TextFolding;

/** Normalised forms of a person's email, phone and name, to find the same person offered twice. */
public final class PersonKeys {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()./-]*");

    private PersonKeys() {
    }

    public static boolean plausibleEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }

    /** Digits, spaces, dashes and a leading +, with 8 to 15 digits. */
    public static boolean plausiblePhone(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 8 && digits <= 15;
    }

    public static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Digits only; a Dutch number (06..., 0031..., +31..., +31 (0)6...) becomes +31..., another international one
     * +...; a written "(0)" is taken out.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replace("(0)", "").replaceAll("[^0-9]", "");
        String key;
        if (phone.strip().startsWith("+")) {
            key = "+" + digits;
        } else if (digits.startsWith("00")) {
            key = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            key = "+31" + digits.substring(1);
        } else {
            return digits;
        }
        // A Dutch number never keeps its trunk zero behind the country code: +31 06..., 0031 06... are +31 6...
        return key.startsWith("+310") ? "+31" + key.substring(4) : key;
    }

    /** Lower case, accents off, words sorted: "Jan de Vries" and "de vries jan" are one key. */
    static String name(String name) {
        return Arrays.stream(words(name)).sorted().collect(Collectors.joining(" "));
    }

    static String[] words(String name) {
        return Arrays.stream(TextFolding.fold(name).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
