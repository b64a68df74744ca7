package nl.relay.web.vacancies;

import jakarta.ws.rs.FormParam;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.platform.text.CommaSeparated;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.recruitment.vacancies.NewVacancy;

/**
 * The vacancy form as the page receives it, read into a {@link NewVacancy}: the client picked (its id) or typed
 * (found by name or alias, like the composer's), skills separated by commas, numbers as typed.
 */
public class VacancyForm {

    /** What stands for a value that cannot be read: out of every range, so it is refused at its field. */
    private static final long UNREADABLE = -1;

    @FormParam("client")
    public String client;

    @FormParam("clientId")
    public String clientId;

    @FormParam("title")
    public String title;

    @FormParam("description")
    public String description;

    @FormParam("skills")
    public String skills;

    @FormParam("region")
    public String region;

    @FormParam("hoursPerWeek")
    public String hoursPerWeek;

    @FormParam("contractType")
    public String contractType;

    @FormParam("rate")
    public String rate;

    @FormParam("groupId")
    public String groupId;

    /** An empty form: 32 hours, interim. */
    public static VacancyForm blank() {
        VacancyForm form = new VacancyForm();
        form.hoursPerWeek = "32";
        form.contractType = "interim";
        return form;
    }

    /** What was typed, as the form shows it again: never null. */
    public String value(String field) {
        String value = switch (field) {
            case "client" -> client;
            case "clientId" -> clientId;
            case "title" -> title;
            case "description" -> description;
            case "skills" -> skills;
            case "region" -> region;
            case "hoursPerWeek" -> hoursPerWeek;
            case "contractType" -> contractType;
            case "rate" -> rate;
            case "groupId" -> groupId;
            default -> null;
        };
        return value == null ? "" : ControlCharacters.strip(value);
    }

    /**
     * The vacancy to post. What cannot even be read (a number that is none, a client name that is nobody's) is
     * passed on as a value out of range, so the use case refuses it at its field together with all the others.
     */
    public NewVacancy newVacancy() {
        Long client = clientId();
        Integer hours = number(hoursPerWeek);
        Integer euros = number(rate);
        Integer group = number(groupId);
        return new NewVacancy(client, title, description, CommaSeparated.items(skills), blankToNull(region), hours,
                blankToNull(contractType), euros, group == null ? null : group.longValue());
    }

    /** The picked client when there is one, else the one named, by name or alias. */
    private Long clientId() {
        if (clientId != null && !clientId.isBlank()) {
            try {
                return Long.parseLong(clientId.strip());
            } catch (NumberFormatException e) {
                return UNREADABLE;
            }
        }
        if (client == null || client.isBlank()) {
            return null;
        }
        List<Client> found = Client.named(client);
        return found.size() == 1 ? found.get(0).id : UNREADABLE;
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return (int) UNREADABLE;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
