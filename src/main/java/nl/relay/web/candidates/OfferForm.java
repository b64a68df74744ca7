package nl.relay.web.candidates;

import jakarta.ws.rs.FormParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.CommaSeparated;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.privacy.retention.ConsentTerms;
import nl.relay.recruitment.candidates.NewCandidate;

/**
 * The offer form as the page receives it (all text, so nothing typed is lost on a refusal), read into a
 * {@link NewCandidate}. Skills are typed comma-separated; the client is picked (its id) or typed by name.
 */
public class OfferForm {

    static final List<String> FIELDS = List.of("title", "summary", "skills", "seniority", "availableFrom",
            "hoursPerWeek", "region", "rate", "contractTypes", "clientId", "sectorCode", "groupId", "person.name",
            "person.email", "person.phone", "consent.given", "consent.informedAt", "consent.informedHow",
            "consent.source");
    private static final String DATE = "must be a date: yyyy-mm-dd";
    private static final String WHOLE_NUMBER = "must be a whole number";

    @FormParam("title")
    public String title;
    @FormParam("summary")
    public String summary;
    @FormParam("skills")
    public String skills;
    @FormParam("seniority")
    public String seniority;
    @FormParam("availableFrom")
    public String availableFrom;
    @FormParam("hoursPerWeek")
    public String hoursPerWeek;
    @FormParam("region")
    public String region;
    @FormParam("rate")
    public String rate;
    @FormParam("contractTypes")
    public List<String> contractTypes = new ArrayList<>();
    @FormParam("client")
    public String client;
    @FormParam("clientId")
    public String clientId;
    @FormParam("sectorCode")
    public String sectorCode;
    @FormParam("groupId")
    public String groupId;
    @FormParam("personName")
    public String personName;
    @FormParam("personEmail")
    public String personEmail;
    @FormParam("personPhone")
    public String personPhone;
    @FormParam("consentGiven")
    public String consentGiven;
    @FormParam("consentInformedAt")
    public String consentInformedAt;
    @FormParam("consentInformedHow")
    public String consentInformedHow;
    @FormParam("consentSource")
    public String consentSource;

    /** An empty form: full-time from today is no guess worth making, so only the consent source is suggested. */
    static OfferForm blank() {
        OfferForm form = new OfferForm();
        form.contractTypes = List.of();
        return form.cleaned();
    }

    /** The form with every field as text (never null) and refused characters left out. */
    OfferForm cleaned() {
        OfferForm form = new OfferForm();
        form.title = text(title);
        form.summary = text(summary);
        form.skills = text(skills);
        form.seniority = text(seniority);
        form.availableFrom = text(availableFrom);
        form.hoursPerWeek = text(hoursPerWeek);
        form.region = text(region);
        form.rate = text(rate);
        form.contractTypes = contractTypes == null ? List.of() : contractTypes.stream().map(OfferForm::text).toList();
        form.client = text(client);
        form.clientId = text(clientId);
        form.sectorCode = text(sectorCode);
        form.groupId = text(groupId);
        form.personName = text(personName);
        form.personEmail = text(personEmail);
        form.personPhone = text(personPhone);
        form.consentGiven = consentGiven == null ? null : "true";
        form.consentInformedAt = text(consentInformedAt);
        form.consentInformedHow = text(consentInformedHow);
        form.consentSource = text(consentSource);
        return form;
    }

    /** The ways of informing a person, for the select. */
    public List<String> informedHowOptions() {
        return ConsentTerms.INFORMED_HOW;
    }

    /** The sources a person may come from, for the select. */
    public List<String> sourceOptions() {
        return ConsentTerms.SOURCES;
    }

    public boolean hasContractType(String type) {
        return contractTypes.contains(type);
    }

    /** What the use case takes; numbers and dates that cannot be read are refused at their field. */
    NewCandidate request() {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate from = parsed(errors, "availableFrom", availableFrom, LocalDate::parse, DATE);
        Integer hours = parsed(errors, "hoursPerWeek", hoursPerWeek, Integer::valueOf, WHOLE_NUMBER);
        Integer euros = parsed(errors, "rate", rate, Integer::valueOf, WHOLE_NUMBER);
        LocalDate informed = parsed(errors, "consent.informedAt", consentInformedAt, LocalDate::parse, DATE);
        Integer group = parsed(errors, "groupId", groupId, Integer::valueOf, WHOLE_NUMBER);
        Long pickedClient = client(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> skillList = CommaSeparated.items(skills);
        Instant informedAt = informed == null
                ? null
                : informed.atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                        .toInstant();
        return new NewCandidate(title, summary, skillList, empty(seniority), from, hours, region, euros,
                contractTypes, pickedClient, empty(sectorCode), group == null ? null : group.longValue(),
                new NewCandidate.PersonDetails(personName, empty(personEmail), empty(personPhone)),
                new NewCandidate.Consent(consentGiven != null, informedAt, empty(consentInformedHow),
                        empty(consentSource)));
    }

    private Long client(List<Problem.FieldError> errors) {
        if (!clientId.isEmpty()) {
            try {
                return Long.parseLong(clientId);
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("clientId", "is not a known client"));
                return null;
            }
        }
        if (client.isEmpty()) {
            return null;
        }
        List<Client> found = Client.named(client);
        if (found.size() != 1) {
            errors.add(new Problem.FieldError("clientId", "is not one client of the directory"));
            return null;
        }
        return found.get(0).id;
    }

    /** A date or number as typed: null when empty, and when unreadable also an error at its field. */
    private static <T> T parsed(List<Problem.FieldError> errors, String field, String value,
            Function<String, T> parser, String refusal) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.add(new Problem.FieldError(field, refusal));
            return null;
        }
    }

    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String text(String value) {
        if (value == null) {
            return "";
        }
        String cleaned = ControlCharacters.clean(value);
        return (cleaned != null ? cleaned : ControlCharacters.strip(value)).strip();
    }
}
