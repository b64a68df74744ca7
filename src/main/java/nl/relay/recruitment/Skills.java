package nl.relay.recruitment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.relay.platform.errors.InvalidInput;

/**
 * Skills as candidates and vacancies list them: short labels ("java", "sociaal recht", "c#"), compared in lower
 * case, each once. The one place their format is decided.
 */
public final class Skills {

    public static final int MAX_SKILLS = 30;
    public static final int MAX_LENGTH = 40;
    private static final Pattern SKILL = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} +#./&'-]*");

    private Skills() {
    }

    /** The skills trimmed, lower-cased and each once, in the order given; a 422 on the field when malformed. */
    public static List<String> checked(String field, List<String> skills) {
        if (skills == null || skills.isEmpty()) {
            throw new InvalidInput(field, "needs at least one skill");
        }
        if (skills.size() > MAX_SKILLS) {
            throw new InvalidInput(field, "has more than " + MAX_SKILLS + " skills");
        }
        Set<String> normal = new LinkedHashSet<>();
        for (String skill : skills) {
            String label = skill == null ? "" : skill.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (label.isEmpty() || label.length() > MAX_LENGTH || !SKILL.matcher(label).matches()) {
                throw new InvalidInput(field, "holds \"" + (skill == null ? "" : skill.strip())
                        + "\": a skill is 1 to " + MAX_LENGTH + " letters, digits, spaces or + # . / & ' -, "
                        + "starting with a letter or digit");
            }
            normal.add(label);
        }
        return List.copyOf(normal);
    }

    /** The skills two lists share, in the order of the first. */
    public static List<String> shared(List<String> these, List<String> those) {
        Set<String> other = Set.copyOf(those);
        return these.stream().filter(other::contains).toList();
    }
}
