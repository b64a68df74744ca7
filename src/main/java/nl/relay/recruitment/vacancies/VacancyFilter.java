package nl.relay.recruitment.vacancies;

import jakarta.ws.rs.QueryParam;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.recruitment.Region;
import nl.relay.recruitment.Skills;

/** The filters of the vacancy board: client (id), skill, region (a province includes its cities) and status. */
public class VacancyFilter {

    @QueryParam("client")
    public String client;

    @QueryParam("skill")
    public String skill;

    @QueryParam("region")
    public String region;

    @QueryParam("status")
    public String status;

    public VacancyFilter() {
    }

    public VacancyFilter(String client, String skill, String region, String status) {
        this.client = client;
        this.skill = skill;
        this.region = region;
        this.status = status;
    }

    /** The filter checked: unknown values are refused (422), absent ones are no filter; status is open by default. */
    Checked checked() {
        Long clientId = null;
        if (present(client)) {
            try {
                clientId = Long.parseLong(client.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("client", "must be a client id");
            }
            if (Client.findById(clientId) == null) {
                throw new InvalidInput("client", "is not a known client");
            }
        }
        String skillLabel = present(skill) ? Skills.checked("skill", java.util.List.of(skill)).get(0) : null;
        String regionCode = present(region) ? Region.checked("region", region).code : null;
        String statusValue = present(status)
                ? VacancyStatus.parse(status.strip()).orElseThrow(() -> new InvalidInput("status",
                        "must be one of: " + VacancyStatus.VALUES)).toString()
                : VacancyStatus.OPEN.toString();
        return new Checked(clientId, skillLabel, regionCode, statusValue);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** The filter's values as the query uses them. */
    record Checked(Long clientId, String skill, String regionCode, String status) {
    }
}
