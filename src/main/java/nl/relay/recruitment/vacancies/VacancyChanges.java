package nl.relay.recruitment.vacancies;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the owner (or an admin) changes on a vacancy; absent fields stay as they are. */
public record VacancyChanges(
        @Schema(description = "open, on-hold, filled or closed; filled and closed are final") String status,
        String title, String description, List<String> skills, String region, Integer hoursPerWeek,
        String contractType, Integer rate) {

    /** Whether anything the post shows changes (not the status alone). */
    boolean changesProfile() {
        return title != null || description != null || skills != null || region != null || hoursPerWeek != null
                || contractType != null || rate != null;
    }
}
