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
}
