package nl.relay.mailin;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A group's name as the key of its mail address ({@code group+<slug>@}): lower case without accents, words
 * joined by hyphens, so "Sales Noord & Zuid" is {@code sales-noord-zuid} and "Zorg Café" is {@code zorg-cafe}.
 */
public final class GroupSlug {

    private GroupSlug() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
