package nl.relay.recruitment.vacancies;

import java.util.Map;
import nl.relay.directory.Client;
import nl.relay.recruitment.Region;

/**
 * The text of a vacancy's post, in Dutch as the colleagues read it: the title, one line of facts (client,
 * skills, region, hours, contract, rate), and the description. Feeds, search, alerts and mails carry this.
 */
final class VacancyText {

    /** The longest post body (as posts check it). */
    static final int MAX_BODY = 5000;

    private static final Map<String, String> CONTRACTS = Map.of("interim", "Interim", "permanent", "Vast",
            "secondment", "Detachering", "freelance", "Freelance");

    private VacancyText() {
    }

    static String of(Vacancy vacancy) {
        Client client = Client.findById(vacancy.clientId);
        Region region = Region.findById(vacancy.regionCode);
        StringBuilder facts = new StringBuilder("Klant: ").append(client.name)
                .append(" · Vaardigheden: ").append(String.join(", ", vacancy.skills))
                .append(" · ").append(region.nameNl)
                .append(" · ").append(vacancy.hoursPerWeek).append(" uur per week")
                .append(" · ").append(CONTRACTS.getOrDefault(vacancy.contractType, vacancy.contractType));
        if (vacancy.rate != null) {
            facts.append(" · € ").append(vacancy.rate).append(" per uur");
        }
        return "Vacature: " + vacancy.title + "\n" + facts + "\n\n" + vacancy.description;
    }
}
