package nl.relay.web;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.relay.platform.errors.Problem;

/**
 * What a refused form says, in the page's language: {@code {e.text}} in a template. The use cases speak
 * English (as the API does); on a Dutch page the field and the reason are said in Dutch, phrase by phrase.
 * A reason without a Dutch phrase here shows in English rather than not at all.
 */
@TemplateExtension
final class ErrorTexts {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("body", "Tekst"), Map.entry("kind", "Soort bericht"), Map.entry("client", "Klant"),
            Map.entry("clientId", "Klant"), Map.entry("sectorCode", "Sector"), Map.entry("sector", "Sector"),
            Map.entry("groupId", "Groep"), Map.entry("group", "Groep"), Map.entry("inReplyTo", "Reactie"),
            Map.entry("name", "Naam"), Map.entry("description", "Omschrijving"),
            Map.entry("visibility", "Zichtbaarheid"), Map.entry("username", "Gebruikersnaam"),
            Map.entry("displayName", "Weergavenaam"), Map.entry("email", "E-mailadres"),
            Map.entry("password", "Wachtwoord"), Map.entry("currentPassword", "Huidig wachtwoord"),
            Map.entry("newPassword", "Nieuw wachtwoord"), Map.entry("roles", "Rollen"), Map.entry("role", "Rol"),
            Map.entry("account", "Account"), Map.entry("aliases", "Andere namen"), Map.entry("query", "Zoekvraag"),
            Map.entry("frequency", "Hoe vaak"), Map.entry("channels", "Via"), Map.entry("alert", "Alert"),
            Map.entry("q", "Zoekvraag"), Map.entry("from", "Vanaf"), Map.entry("to", "Tot en met"),
            Map.entry("sort", "Volgorde"), Map.entry("author", "Auteur"), Map.entry("topic", "Onderwerp"),
            Map.entry("signalType", "Soort signaal"), Map.entry("archived", "Archief"), Map.entry("file", "Bestand"),
            Map.entry("expiresAt", "Verloopt op"));

    /** The composer's fields as its labels name them, for a refusal said under its field in English. */
    private static final Map<String, String> ENGLISH_FIELDS = Map.of("body", "The text", "kind", "The kind of post",
            "client", "This name", "clientId", "This client", "sectorCode", "The sector", "groupId", "The group",
            "signalType", "The signal's type", "expiresAt", "The expiry");

    /** The composer's fields, for a refusal said under its field in Dutch. */
    private static final Map<String, String> DUTCH_FIELDS = Map.of("body", "De tekst", "kind", "De soort",
            "client", "Deze naam", "clientId", "Deze klant", "sectorCode", "De sector", "groupId", "De groep",
            "signalType", "Het soort signaal", "expiresAt", "De vervaldatum");

    /** Reasons that carry a detail (a position, a word), said in Dutch as a whole with that detail kept. */
    private static final List<Map.Entry<Pattern, String>> PATTERNS = List.of(
            Map.entry(Pattern.compile("must be at most (\\d+) days after from"),
                    "mag hoogstens $1 dagen na de begindatum liggen"),
            Map.entry(Pattern.compile("is incomplete at position (\\d+):.*"), "is onvolledig op positie $1: sluit "
                    + "elk aanhalingsteken en elk haakje, en zet een woord na AND, OR, NOT en na elk veld:."),
            Map.entry(Pattern.compile("has an unexpected (\".*\") at position (\\d+):.*"), "bevat een onverwachte "
                    + "$1 op positie $2: zet het tussen aanhalingstekens om er letterlijk op te zoeken."),
            Map.entry(Pattern.compile("has an unknown field (\"[^\"]*\") at position (\\d+):.*"),
                    "bevat een onbekend veld $1 op positie $2: gebruik klant:, sector:, soort:, auteur:, onderwerp:, "
                            + "groep:, vaardigheid:, regio:, status: of signaal: (in het Engels client:, sector:, "
                            + "kind:, author:, topic:, group:, skill:, region:, status: of signal:), of zet de tekst "
                            + "tussen aanhalingstekens."),
            Map.entry(Pattern.compile("uses a wildcard.* at position (\\d+):.*"), "gebruikt een jokerteken, een "
                    + "vage term, een bereik, een patroon of nabijheid op positie $1: een alert vindt hele woorden "
                    + "en hun vormen; laat het weg of zet de tekst tussen aanhalingstekens."),
            Map.entry(Pattern.compile("is another name of several clients \\((.*)\\): type the full name"),
                    "hoort bij meerdere klanten ($1): kies er één of typ de volledige naam."),
            Map.entry(Pattern.compile("was merged into (.*) \\(client (\\d+)\\): use that client"),
                    "is opgegaan in $1 (klant $2): gebruik die klant."),
            Map.entry(Pattern.compile("cannot be merged into (.*): that client is archived"),
                    "kan niet opgaan in $1: die klant is gearchiveerd."),
            Map.entry(Pattern.compile("stays true: the client was merged into (.*)"),
                    "blijft gearchiveerd: de klant is opgegaan in $1."),
            Map.entry(Pattern.compile("(\".*\") is empty"), "$1 is leeg."),
            Map.entry(Pattern.compile("(\".*\") is larger than (.*) \\((.*)\\)"), "$1 is groter dan $2 ($3)."),
            Map.entry(Pattern.compile("a post carries at most (\\d+) files(?: \\(it has (\\d+)\\))?; (\\d+) were sent"),
                    "een bericht draagt hoogstens $1 bestanden; je stuurde er $3."),
            Map.entry(Pattern.compile("looks for nothing:.*"), "zoekt niets: geef minstens één woord om te vinden, "
                    + "niet alleen woorden om uit te sluiten."));

    /** English reason (or its start) to Dutch; the first that matches wins, the rest of the text is kept. */
    private static final List<Map.Entry<String, String>> REASONS = List.of(
            Map.entry("must not be empty: give the words to look for, or a filter", "mag niet leeg zijn: geef de "
                    + "woorden om te zoeken, of een filter."),
            Map.entry("must be a date like 2026-03-31", "moet een datum zijn zoals 2026-03-31"),
            Map.entry("must be a date from 1900 to 9999", "moet een datum van 1900 tot 9999 zijn, zoals 2026-03-31"),
            Map.entry("must not be before from", "mag niet voor de begindatum liggen"),
            Map.entry("the period may be at most two years long", "de periode mag hoogstens twee jaar lang zijn"),
            Map.entry("must be newest or relevance", "moet nieuwste of relevantie zijn"),
            Map.entry("must be one of: note, question, candidate, vacancy, signal", "moet notitie, vraag, "
                    + "kandidaat, vacature of signaal zijn"),
            Map.entry("must be a number", "moet een getal zijn"),
            Map.entry("is not a valid topic", "is geen geldig onderwerp"),
            Map.entry("must not be empty: give the words to look for", "mag niet leeg zijn: geef de woorden waarop "
                    + "de alert let."),
            Map.entry("cannot be read as a query", "is niet te lezen als zoekvraag: houd het bij woorden, "
                    + "\"zinnen\", AND, OR, NOT, haakjes en velden."),
            Map.entry("must be one line, without control characters", "moet één regel zijn, zonder stuurtekens."),
            Map.entry("must be instant, daily or weekly", "moet direct, dagelijks of wekelijks zijn."),
            Map.entry("may hold only \"app\" and \"email\"", "mag alleen \"app\" en \"email\" bevatten."),
            Map.entry("There are 500 alerts already", "Er zijn al 500 alerts; verwijder er een om een nieuwe te "
                    + "maken."),
            Map.entry("Only the group's owners and admins may add a team alert.", "Alleen eigenaren en beheerders "
                    + "van de groep maken een teamalert."),
            Map.entry("Only the group's owners and admins may change a team alert.", "Alleen eigenaren en "
                    + "beheerders van de groep passen een teamalert aan."),
            Map.entry("is not a known group", "is geen bekende groep"),
            Map.entry("cannot change: create a new alert for another group", "kan niet veranderen: maak een nieuwe "
                    + "alert voor een andere groep."),
            Map.entry("must not be blank", "mag niet leeg zijn"),
            Map.entry("must not be empty", "mag niet leeg zijn"),
            Map.entry("must not be null", "ontbreekt"),
            Map.entry("must not contain control characters", "mag geen stuurtekens bevatten"),
            Map.entry("is missing or holds control characters", "ontbreekt of bevat stuurtekens"),
            Map.entry("is not in the client directory", "staat niet in de klantenlijst"),
            Map.entry("is another name of several clients", "is een andere naam van meerdere klanten"),
            Map.entry("is not a known client", "is geen bekende klant"),
            Map.entry("is not a kind of post", "is geen soort bericht"),
            Map.entry("is offered on its own form: candidates on /candidates/new, vacancies on /vacancies/new",
                    "heeft een eigen formulier: kandidaten op /candidates/new, vacatures op /vacancies/new"),
            Map.entry("is not a known sector", "is geen bekende sector"),
            Map.entry("is not a group you can post in", "is geen groep waarin je kunt plaatsen"),
            Map.entry("is archived: it takes no new posts", "is gearchiveerd: er kan niets meer bij"),
            Map.entry("is in an archived group: it takes no new posts", "staat in een gearchiveerde groep"),
            Map.entry("is not a post you can reply to", "is geen bericht waarop je kunt reageren"),
            Map.entry("was removed", "is verwijderd"),
            Map.entry("must be at most 5000 characters", "mag hoogstens 5000 tekens lang zijn"),
            Map.entry("must be in the future", "moet in de toekomst liggen"),
            Map.entry("must be at most a year ahead", "mag hoogstens een jaar vooruit liggen"),
            Map.entry("must be a date and time like", "moet een datum en tijd zijn zoals"),
            Map.entry("must name at least one role", "moet minstens één rol noemen"),
            Map.entry("must be employee, recruiter, admin, privacy, moderator or communications",
                    "moet medewerker, recruiter, beheerder, privacy, moderator of communicatie zijn"),
            Map.entry("is not your current password", "is niet je huidige wachtwoord"),
            Map.entry("must be at least 12 characters", "moet minstens 12 tekens lang zijn"),
            Map.entry("must be 1 to 100 characters", "moet 1 tot 100 tekens lang zijn"),
            Map.entry("must be at most 1,000 characters", "mag hoogstens 1000 tekens lang zijn"),
            Map.entry("must be public or private", "moet openbaar of besloten zijn"),
            Map.entry("must be owner, admin or member", "moet eigenaar, beheerder of lid zijn"),
            Map.entry("must be a well-formed email address", "moet een geldig e-mailadres zijn"),
            Map.entry("size must be between", "heeft niet de juiste lengte:"),
            Map.entry("The group is archived.", "De groep is gearchiveerd."),
            Map.entry("The group's last owner cannot leave", "De laatste eigenaar kan de groep niet verlaten; "
                    + "maak eerst iemand anders eigenaar."),
            Map.entry("The group's last owner stays owner", "De laatste eigenaar blijft eigenaar; maak eerst "
                    + "iemand anders eigenaar."),
            Map.entry("Only the group's owners and admins may do this.", "Alleen eigenaren en beheerders van de "
                    + "groep mogen dit."),
            Map.entry("Only owners make or unmake owners.", "Alleen eigenaren maken of ontnemen eigenaarschap."),
            Map.entry("Only owners remove owners.", "Alleen eigenaren verwijderen eigenaren."),
            Map.entry("This is the last active admin", "Dit is de laatste actieve beheerder: maak eerst iemand "
                    + "anders beheerder."),
            Map.entry("There is no account", "Dit account bestaat niet:"),
            Map.entry("There is already a group named", "Er is al een groep met de naam"),
            Map.entry("There is already a client named", "Er is al een klant met de naam"),
            Map.entry("is required for a signal: the client it is about", "is nodig bij een signaal: de klant "
                    + "waar het over gaat."),
            Map.entry("is required for a signal: one of", "is nodig bij een signaal: kies wat er veranderde."),
            Map.entry("is only for posts of kind signal", "hoort alleen bij een signaal."),
            Map.entry("is not a type of signal", "is geen soort signaal."),
            Map.entry("is archived: it takes no new work", "is gearchiveerd: er komt geen nieuw werk meer bij."),
            Map.entry("is archived: watch the client it was merged into", "is gearchiveerd: volg de klant "
                    + "waarin hij is opgegaan, als die er is."),
            Map.entry("is the client itself", "is de klant zelf: een klant gaat niet in zichzelf op."),
            Map.entry("was merged already", "is al samengevoegd met een andere klant."));

    private ErrorTexts() {
    }

    /** "Field: reason", in Dutch on a Dutch page. */
    static String text(Problem.FieldError error, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        boolean english = locale instanceof Locale l && l.getLanguage().equals("en");
        String field = english ? error.field() : FIELDS.getOrDefault(error.field(), error.field());
        String reason = english ? error.message() : dutch(error.message());
        return field + ": " + reason;
    }

    /**
     * A refusal said as a sentence under its field, in the page's language: "Deze klant staat niet in de
     * klantenlijst." / "The client is not in the client directory." Never the field's raw name.
     */
    static String sentence(Problem.FieldError error, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        boolean english = locale instanceof Locale l && l.getLanguage().equals("en");
        String reason = english ? error.message() : dutch(error.message());
        String field = (english ? ENGLISH_FIELDS : DUTCH_FIELDS).get(error.field());
        String text = field == null ? capitalised(reason) : field + " " + reason;
        return text.endsWith(".") ? text : text + ".";
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String dutch(String reason) {
        if (reason == null) {
            return "";
        }
        for (Map.Entry<Pattern, String> pattern : PATTERNS) {
            java.util.regex.Matcher matcher = pattern.getKey().matcher(reason);
            if (matcher.matches()) {
                return matcher.replaceFirst(pattern.getValue());
            }
        }
        for (Map.Entry<String, String> phrase : REASONS) {
            if (reason.startsWith(phrase.getKey())) {
                String rest = reason.substring(phrase.getKey().length());
                return phrase.getValue() + (phrase.getValue().endsWith(".") ? "" : rest);
            }
        }
        return reason;
    }
}
