package nl.relay.alerts;

import static nl.relay.alerts.AlertCorpus.Author.MARIEKE;
import static nl.relay.alerts.AlertCorpus.Author.OZLEM;
import static nl.relay.alerts.AlertCorpus.Author.PIETER_JAN;
import static nl.relay.alerts.AlertCorpus.Author.SANDER;
import static nl.relay.alerts.AlertCorpus.Client.AMERSFOORT;
import static nl.relay.alerts.AlertCorpus.Client.CB_NOORD;
import static nl.relay.alerts.AlertCorpus.Client.HEMA;
import static nl.relay.alerts.AlertCorpus.Client.ING;
import static nl.relay.alerts.AlertCorpus.Client.PHILIPS;
import static nl.relay.alerts.AlertCorpus.Client.RABOBANK;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.relay.testing.Api;
import nl.relay.testing.People;
import nl.relay.testing.Person;
import nl.relay.testing.Posts;

/**
 * A Dutch and English recruitment corpus for measuring alert matching: four colleagues, five clients, a public team
 * group, and posts in the voice of a recruitment blog, with the look-alikes that alerts must tell apart.
 */
final class AlertCorpus {

    /** The team group's name: {@code group:} queries look for its words. */
    static final String GROUP_NAME = "Werving Techniek Oost";

    enum Author {

        MARIEKE("marieke", "Marieke de Boer", "recruiter"), SANDER("sander", "Sander Visser", "recruiter"), OZLEM(
                "ozlem", "Özlem Yıldız", "recruiter"), PIETER_JAN("pieterjan", "Pieter-Jan Smit", "recruiter");

        final String name;
        final String displayName;
        final String role;

        Author(String name, String displayName, String role) {
            this.name = name;
            this.displayName = displayName;
            this.role = role;
        }
    }

    enum Client {

        ING("ING Groep", List.of("ING"), "finance"), RABOBANK("Rabobank", List.of("Rabo"), "finance"), CB_NOORD(
                "Coördinatiebureau Noord", List.of("CB Noord"), "healthcare"), PHILIPS("Koninklijke Philips",
                        List.of("Philips"),
                        "manufacturing"), AMERSFOORT("Gemeente Amersfoort", List.of(),
                                "government"), HEMA("Hema", List.of(), "retail");

        final String name;
        final List<String> aliases;
        final String sector;

        Client(String name, List<String> aliases, String sector) {
            this.name = name;
            this.aliases = aliases;
            this.sector = sector;
        }
    }

    /** One post of the corpus, known by its key; kind is the API's name. */
    record Post(String key, Author author, String kind, String body, Client client, String sector, boolean inGroup) {

        Post about(Client about) {
            return new Post(key, author, kind, body, about, sector, inGroup);
        }

        Post in(String sectorCode) {
            return new Post(key, author, kind, body, client, sectorCode, inGroup);
        }

        Post inTeamGroup() {
            return new Post(key, author, kind, body, client, sector, true);
        }
    }

    static final List<Post> POSTS = List.of(
            post("ing-data-engineers", MARIEKE, "vacancy", """
                    ING zoekt per direct twee data engineers voor het team in Amsterdam Zuidoost. Ervaring met \
                    Hadoop is een pré. #fintech""").about(ING),
            post("ing-hiring-english", SANDER, "vacancy", """
                    ING is hiring: two data scientists for the Amsterdam office, English is the working language. \
                    Reply if you know someone!""").about(ING),
            post("ing-reorganisatie", OZLEM, "signal", """
                    Signaal: bij ING Groep komt een nieuwe reorganisatie aan, de afdeling HR Operations krimpt met \
                    dertig fte. Goed moment om contact te leggen met de leidinggevenden.""").about(ING),
            post("ing-raad-van-bestuur", PIETER_JAN, "signal", """
                    De raad van bestuur van ING wordt uitgebreid met een Chief Risk Officer; de werving loopt via \
                    een executive search bureau.""").about(ING),
            post("ing-medewerker-referral", SANDER, "note", """
                    Interessant gesprek gehad met een ING-medewerker over referral recruitment: de helft van hun \
                    nieuwe collega's komt via het eigen netwerk."""),
            post("ex-ingers", PIETER_JAN, "candidate", """
                    Drie ex-ING'ers zoeken een nieuwe uitdaging als risk analyst, alle drie beschikbaar per 1 \
                    maart.""").in("finance"),
            post("vergadering-or", SANDER, "note", """
                    Tijdens de vergadering van de ondernemingsraad werd duidelijk dat de werving dit jaar opnieuw \
                    wordt ingericht."""),
            post("meeting-english", PIETER_JAN, "note", """
                    Great meeting this morning with the recruitment team at a bank in Utrecht: they are finally \
                    using LinkedIn Recruiter."""),
            post("rabo-vacatures-controllers", MARIEKE, "vacancy", """
                    Rabobank Utrecht heeft drie vacatures voor business controllers. Financiële achtergrond vereist, \
                    hbo of wo.""").about(RABOBANK).in("finance"),
            post("rabo-banken-samenvoegen", PIETER_JAN, "signal", """
                    De Rabo gaat lokale banken samenvoegen; in Gelderland verdwijnen vier directiefuncties. Houd de \
                    bestuurders in de gaten.""").about(RABOBANK),
            post("rabobank-site-english", SANDER, "note", """
                    Rabobank's new recruitment site went live today, met video's van medewerkers en een eigen \
                    blog."""),
            post("rabobank-sponsoring", MARIEKE, "note", """
                    Rabobank stopt met de sponsoring van het wielerteam, dat scheelt veel budget voor employer \
                    branding."""),
            post("rabobankactie", OZLEM, "note", """
                    De rabobankactie voor scholieren liep goed: ruim tweehonderd aanmeldingen voor de open dag."""),
            post("cbn-coordinator-thuiszorg", OZLEM, "vacancy", """
                    Het Coördinatiebureau Noord zoekt een coördinator thuiszorg voor 32 uur per week. Rijbewijs B \
                    is noodzakelijk. #zorg""").about(CB_NOORD),
            post("cbn-directeur-vertrekt", MARIEKE, "signal", """
                    De directeur van CB Noord vertrekt per 1 januari. Er komt een interim manager voor zes \
                    maanden.""").about(CB_NOORD),
            post("care-coordinator-english", PIETER_JAN, "vacancy", """
                    Wanted: a care coordinator for a hospital in Groningen. English speaking, Dutch is a \
                    plus.""").in("healthcare"),
            post("coordinatoren-jeugdzorg", SANDER, "candidate", """
                    Ik spreek volgende week twee ervaren coördinatoren uit de jeugdzorg, beiden op zoek naar een \
                    functie in Drenthe. #zorg""").in("healthcare"),
            post("philips-java-developers", PIETER_JAN, "vacancy", """
                    Philips Healthcare in Best zoekt Java developers voor medische beeldvorming. Zes maanden, met \
                    optie op verlenging. #ict""").about(PHILIPS).in("ict"),
            post("senior-developer-beschikbaar", OZLEM, "candidate", """
                    Beschikbaar: senior developer (C#, .NET) met tien jaar ervaring, laatst bij Philips. Zoekt een \
                    rol als lead developer.""").in("ict"),
            post("philips-reorganisatie", MARIEKE, "signal", """
                    Philips kondigt een wereldwijde reorganisatie aan; in Eindhoven verdwijnen 500 \
                    banen.""").about(PHILIPS),
            post("learning-development", SANDER, "note", """
                    Learning & development wordt steeds belangrijker in de arbeidsvoorwaarden van jonge \
                    professionals.""").in("hr"),
            post("ontwikkelaar-deventer", MARIEKE, "vacancy", """
                    Voor een webbureau in Deventer zoeken wij een ontwikkelaar PHP. Kennis van Drupal is mooi \
                    meegenomen.""").in("ict").inTeamGroup(),
            post("engineer-enschede", SANDER, "candidate", """
                    Werktuigbouwkundig engineer beschikbaar, woont in Enschede en zoekt werk binnen 40 km. Ervaring \
                    met SolidWorks.""").in("engineering").inTeamGroup(),
            post("techniekbeurzen", OZLEM, "question", """
                    Wie heeft ervaring met werven op techniekbeurzen? Levert dat echt kandidaten op of alleen \
                    folders?""").inTeamGroup(),
            post("philips-drachten", PIETER_JAN, "signal", """
                    Via via gehoord dat Philips in Drachten een nieuwe productielijn opent; straks zijn er veertig \
                    operators nodig.""").about(PHILIPS).inTeamGroup(),
            post("techniek-krappe-markt", SANDER, "note", """
                    Techniek blijft een krappe markt: voor elke monteur zijn er drie vacatures.""")
                    .in("engineering"),
            post("amersfoort-reorganisatie", PIETER_JAN, "signal", """
                    Gemeente Amersfoort kondigt een reorganisatie aan: de afdelingen Publiekszaken en Burgerzaken \
                    worden samengevoegd.""").about(AMERSFOORT),
            post("amersfoort-inhuur", SANDER, "question", """
                    Weet iemand wie bij de gemeente nu de inhuur van tijdelijk personeel regelt? Mijn \
                    contactpersoon is met pensioen.""").about(AMERSFOORT),
            post("provincie-reorganisaties", OZLEM, "note", """
                    Na twee reorganisaties bij de provincie is de afdeling P&O gehalveerd. Er ligt werk voor \
                    interim-adviseurs.""").in("government"),
            post("planner-venlo", MARIEKE, "candidate", """
                    Goede kandidaat voor planner in de logistiek: vijf jaar ervaring bij een transporteur in Venlo, \
                    spreekt Duits.""").in("logistics"),
            post("kandidaten-ghosting", SANDER, "question", """
                    Hoe gaan jullie om met kandidaten die na de tweede ronde niets meer van zich laten horen? \
                    #candidatexperience""").in("hr"),
            post("candidates-warm", PIETER_JAN, "question", """
                    How do you keep candidates warm while the client takes six weeks to decide? Do you use social \
                    media for that?""").in("hr"),
            post("kandidaatstelling-or", OZLEM, "note", """
                    De kandidaatstelling voor de ondernemingsraad sluit vrijdag; wie stelt zich verkiesbaar?"""),
            post("recruiter-vacature-open", MARIEKE, "note", """
                    Deze vacature voor een recruiter staat al drie maanden open. Tijd om het via LinkedIn te \
                    proberen. #socialmedia"""),
            post("interne-vacatures", OZLEM, "note", """
                    Interne vacatures eerst delen met collega's: that's how referral recruitment starts. Werkt ook \
                    bij kleine organisaties. #referral"""),
            post("goede-raad-split", SANDER, "note", """
                    We kregen goede raad. Van bestuur tot werkvloer was iedereen positief over het nieuwe \
                    wervingsbeleid."""),
            post("raad-van-commissarissen", OZLEM, "note", """
                    De raad van commissarissen vroeg het bestuur om een nieuwe HR-directeur te zoeken."""),
            post("interim-managers-finance", MARIEKE, "candidate", """
                    Interim managers met ervaring in de financiële sector zijn schaars; ik heb er nu één \
                    beschikbaar.""").in("finance"),
            post("manager-interim-professionals", PIETER_JAN, "note", """
                    Als manager werk je steeds vaker met interim professionals. Hoe houd je die \
                    betrokken?""").in("hr"),
            post("fintech-startups", PIETER_JAN, "note", """
                    Steeds meer #FinTech startups in Amsterdam zoeken developers die ook Engels \
                    spreken.""").in("finance"),
            post("fintech-discussie", SANDER, "question", """
                    Is fintech een aparte sector of gewoon finance? De discussie op Twitter loopt hoog op. \
                    #recruitment"""),
            post("financiele-administratie", OZLEM, "vacancy", """
                    Medewerker financiele administratie gezocht voor een groothandel in Zwolle, 24 uur, direct \
                    beschikbaar.""").in("finance"),
            post("financieel-directeur", PIETER_JAN, "candidate", """
                    Beschikbaar: financieel directeur met ervaring bij twee beursgenoteerde bedrijven, spreekt \
                    vloeiend Engels.""").in("finance"),
            post("sociale-media-kwart", MARIEKE, "note", """
                    Sociale media zijn voor recruiters geen hype meer: in 2011 vond een kwart van onze kandidaten \
                    ons via Twitter of LinkedIn.""").in("marketing"),
            post("sollicitatiebrief", MARIEKE, "note", """
                    Blog: waarom de sollicitatiebrief binnen vijf jaar verdwenen is. Het cv op LinkedIn neemt het \
                    over. #socialmedia""").in("hr"),
            post("referentiecheck", SANDER, "question", """
                    Heeft iemand een goed sjabloon voor een referentiecheck? Ik wil de gesprekken met \
                    oud-werkgevers beter vastleggen."""),
            post("hogeschool-arnhem", OZLEM, "note", """
                    De hogeschool in Arnhem zoekt docenten techniek en weet niet hoe ze studenten aan zich moet \
                    binden. Kans voor employer branding.""").in("education"),
            post("teamleider-tilburg", PIETER_JAN, "vacancy", """
                    Vacature: teamleider warehouse in Tilburg, drie ploegen, startsalaris 3.200 euro. Solliciteren \
                    kan direct via mij.""").in("logistics"),
            post("hema-distributiecentra", MARIEKE, "signal", """
                    Hema sluit twee distributiecentra; ongeveer 150 logistiek medewerkers komen op straat. Wie heeft \
                    plek?""").about(HEMA).in("retail"));

    private AlertCorpus() {
    }

    private static Post post(String key, Author author, String kind, String body) {
        return new Post(key, author, kind, body, null, null, false);
    }

    /** Makes the authors, clients and team group through the API; the posts wait for {@link Cast#publish()}. */
    static Cast cast() {
        String admin = People.adminToken();
        Map<Author, Person> people = new EnumMap<>(Author.class);
        for (Author author : Author.values()) {
            people.put(author, account(admin, author));
        }
        Person recruiter = people.get(MARIEKE);
        Map<Client, Long> clients = new EnumMap<>(Client.class);
        for (Client client : Client.values()) {
            clients.put(client, clientId(recruiter, client));
        }
        var created = Api.as(recruiter)
                .body(Map.of("name", GROUP_NAME, "description", "Vacatures en kandidaten in de techniek",
                        "visibility", "public"))
                .post("/api/groups");
        // A second cast in the same run (the search parity test) shares the first one's clients and group.
        boolean reused = created.statusCode() == 409;
        long group = reused
                ? Api.as(recruiter).queryParam("q", GROUP_NAME).get("/api/groups").then().statusCode(200).extract()
                        .jsonPath().getLong("items.find { it.name == '" + GROUP_NAME + "' }.id")
                : ((Number) created.then().statusCode(201).extract().path("id")).longValue();
        people.forEach((author, person) -> {
            if (person != recruiter || reused) {
                Api.as(person).put("/api/groups/" + group + "/members/me").then().statusCode(204);
            }
        });
        return new Cast(people, clients, group);
    }

    /** The client's id: made now, or found when an earlier cast in this run made it. */
    private static long clientId(Person recruiter, Client client) {
        var created = Api.as(recruiter)
                .body(Map.of("name", client.name, "aliases", client.aliases, "sectorCode", client.sector))
                .post("/api/clients");
        if (created.statusCode() == 409) {
            return Api.as(recruiter).queryParam("q", client.name).queryParam("limit", 100).get("/api/clients")
                    .then().statusCode(200).extract().jsonPath()
                    .getLong("items.find { it.name == '" + client.name + "' }.id");
        }
        return ((Number) created.then().statusCode(201).extract().path("id")).longValue();
    }

    private static Person account(String admin, Author author) {
        String username = author.name + "-" + People.uniqueUsername();
        String password = "correct horse " + username;
        Api.as(admin).body(Map.of("username", username, "displayName", author.displayName, "email",
                username + "@example.nl", "password", password, "roles", List.of(author.role)))
                .post("/api/accounts").then().statusCode(201);
        return new Person(username, password, People.signIn(username, password));
    }

    /** The corpus's people, clients and group as the API knows them. */
    record Cast(Map<Author, Person> people, Map<Client, Long> clients, long groupId) {

        String username(Author author) {
            return people.get(author).username();
        }

        /** Publishes every post through the API, in corpus order: the post ids by key. */
        Map<String, Long> publish() {
            Map<String, Long> ids = new LinkedHashMap<>();
            for (Post post : POSTS) {
                Map<String, Object> fields = new HashMap<>();
                fields.put("kind", post.kind());
                if (post.kind().equals("signal")) {
                    fields.put("signalType", "other");
                }
                if (post.client() != null) {
                    fields.put("clientId", clients.get(post.client()));
                }
                if (post.sector() != null) {
                    fields.put("sectorCode", post.sector());
                }
                if (post.inGroup()) {
                    fields.put("groupId", groupId);
                }
                if (ids.put(post.key(), Posts.publish(people.get(post.author()), post.body(), fields)) != null) {
                    throw new IllegalStateException("two corpus posts share the key " + post.key());
                }
            }
            return ids;
        }
    }
}
