package nl.relay.web.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of single sign-on on the pages; Dutch here, English in messages/sso_en.properties. */
@MessageBundle(value = "sso", locale = "nl")
public interface SingleSignOnMessages {

    @Message("Inloggen met {name}")
    String sign_in_with(String name);

    @Message("of met je gebruikersnaam en wachtwoord")
    String or_password();

    @Message("Je logt in met je bedrijfsaccount; Relay bewaart geen wachtwoord voor je. Je wachtwoord wijzig je bij je bedrijf.")
    String no_password();

    @Message("Inloggen lukte niet")
    String refused_title();

    @Message("Je account in Relay is uitgeschakeld. Vraag de beheerder van Relay om hulp.")
    String refused_inactive();

    @Message("Relay kent je nog niet en maakt zelf geen accounts aan. Vraag de beheerder van Relay om een account.")
    String refused_unknown();

    @Message("Twee accounts in Relay hebben jouw e-mailadres. De beheerder van Relay moet ze eerst uit elkaar halen.")
    String refused_ambiguous();

    @Message("Dit account in Relay hoort al bij een andere identiteit bij jullie identiteitsprovider. Vraag de beheerder om hulp.")
    String refused_linked_elsewhere();

    @Message("Jullie identiteitsprovider heeft je e-mailadres niet bevestigd, dus Relay koppelt het niet aan een bestaand account. Vraag IT om hulp.")
    String refused_unverified();

    @Message("Jullie identiteitsprovider gaf Relay niet genoeg gegevens om je te herkennen (zoals je e-mailadres). Vraag IT om hulp.")
    String refused_incomplete();
}
