package nl.relay.web.privacy;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The privacy page's strings, as {@code privacy:} in templates; Dutch here, English in privacy_en.properties. */
@MessageBundle(value = "privacy", locale = "nl")
public interface PrivacyMessages {

    @Message("Privacy")
    String nav();

    @Message("Privacy")
    String title();

    @Message("Hier beantwoord je verzoeken van kandidaten en andere betrokkenen: inzage (art. 15 AVG) en verwijdering (art. 17 AVG). Je ziet wat de bewaartermijn deze week anonimiseert en wie persoonsgegevens las.")
    String intro();

    @Message("Alleen de privacyfunctionaris en beheerders zien deze pagina.")
    String forbidden();

    @Message("Leesregistratie")
    String audit();

    @Message("Wie las wanneer de persoonsgegevens van welke kandidaat of aangedragen persoon. Nieuwste eerst.")
    String audit_intro();

    @Message("Lezer (gebruikersnaam)")
    String audit_reader();

    @Message("Kandidaat-nummer")
    String audit_candidate();

    @Message("Voordracht-nummer")
    String audit_referral();

    @Message("Filteren")
    String filter();

    @Message("Wanneer")
    String at();

    @Message("Lezer")
    String reader();

    @Message("Betrokkene")
    String subject();

    @Message("Via")
    String channel();

    @Message("kandidaat {id}")
    String subject_candidate(long id);

    @Message("voordracht {id}")
    String subject_referral(long id);

    @Message("API")
    String channel_api();

    @Message("pagina")
    String channel_page();

    @Message("anders")
    String channel_read();

    @Message("Geen leesmomenten gevonden.")
    String audit_empty();

    @Message("Oudere leesmomenten")
    String audit_more();

    @Message("Inzageverzoek")
    String access();

    @Message("Alles wat Relay over iemand bewaart (art. 15 AVG): kandidaat- en voordrachtgegevens, berichten die de persoon noemen, wie toegang kreeg en wie de gegevens las. Het opvragen wordt zelf ook geregistreerd.")
    String access_intro();

    @Message("E-mailadres")
    String email();

    @Message("Telefoonnummer")
    String phone();

    @Message("Kandidaat-nummer")
    String candidate_id();

    @Message("Opzoeken")
    String access_submit();

    @Message("Wat Relay bewaart")
    String access_report();

    @Message("{candidates} kandidaatrecord(s), {referrals} voordracht(en), {posts} bericht(en) die de persoon noemen, {reads} leesmoment(en).")
    String access_summary(int candidates, int referrals, int posts, int reads);

    @Message("Download als JSON (om aan de betrokkene te sturen)")
    String access_download();

    @Message("Status")
    String status();

    @Message("Eigenaar")
    String owner();

    @Message("Toestemming")
    String consent();

    @Message("geïnformeerd op")
    String informed();

    @Message("Bron")
    String source();

    @Message("Toegang gegeven aan")
    String granted();

    @Message("door {name}")
    String granted_by(String name);

    @Message("Voorgesteld")
    String proposals();

    @Message("Cv opgeslagen")
    String cv_stored();

    @Message("Voorgedragen door {name}")
    String referred_by(String name);

    @Message("Berichten die de persoon noemen")
    String naming_posts();

    @Message("verwijderd")
    String removed();

    @Message("ja")
    String yes();

    @Message("nee")
    String no();

    @Message("Verwijderverzoek")
    String erasure();

    @Message("Verwijdert een persoon uit alles wat Relay bewaart (art. 17 AVG): kandidaat- en voordrachtgegevens, elke versie van berichten waarin naam, e-mailadres of telefoonnummer staan (vervangen door [gewist]), de zoekindex, alerts en wachtende mails. Het anonieme profiel en het gesprek blijven. Dit kan niet ongedaan worden gemaakt.")
    String erasure_intro();

    @Message("De betrokkene heeft gevraagd om verwijdering")
    String erasure_confirm();

    @Message("Verwijderen")
    String erasure_submit();

    @Message("Recente verwijderingen")
    String erasures_recent();

    @Message("Verwijdering {id} door {by}: {candidates} kandidaatrecord(s) en {referrals} voordracht(en) gevonden, {stores} plaats(en) gewijzigd.")
    String erasure_line(long id, String by, int candidates, int referrals, int stores);

    @Message("Verwijdering uitgevoerd")
    String erasure_done();

    @Message("Niets gevonden: er was niets (meer) te verwijderen.")
    String erasure_nothing();

    @Message("Doorzocht")
    String erasure_examined();

    @Message("Opslag")
    String store();

    @Message("Gevonden")
    String found();

    @Message("Gewijzigd")
    String changed();

    @Message("Wat")
    String what();

    @Message("Bewaartermijn: deze week")
    String retention();

    @Message("Deze personen worden binnen zeven dagen geanonimiseerd, tenzij de eigenaar met nieuwe toestemming verlengt of een beheerder een juridische bewaarplicht (legal hold) plaatst.")
    String retention_intro();

    @Message("Deze week wordt niemand geanonimiseerd.")
    String retention_empty();

    @Message("Anonimiseren op")
    String due_at();

    @Message("Bewaarplicht")
    String hold();

    @Message("aangehouden")
    String held();

    @Message("Juridische bewaarplicht (legal hold)")
    String holds();

    @Message("Zolang een bewaarplicht geldt, wordt de persoon niet geanonimiseerd. Alleen beheerders plaatsen en heffen die op.")
    String holds_intro();

    @Message("Er geldt geen bewaarplicht.")
    String holds_empty();

    @Message("Opheffen")
    String hold_lift();

    @Message("Soort")
    String hold_kind();

    @Message("Kandidaat")
    String kind_candidate();

    @Message("Voordracht")
    String kind_referral();

    @Message("Nummer")
    String hold_id();

    @Message("Reden")
    String hold_reason();

    @Message("Bewaarplicht plaatsen")
    String hold_place();

    @Message("Bewaartermijn")
    String kept();

    @Message("geanonimiseerd op")
    String kept_until();

    @Message("bewaard zolang de procedure loopt")
    String kept_open();
}
