package nl.relay.web.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The access tokens section of the settings page, as {@code tokens:}; Dutch here, English in tokens_en.properties. */
@MessageBundle(value = "tokens", locale = "nl")
public interface AccessTokenMessages {

    @Message("Toegangssleutels voor scripts")
    String heading();

    @Message("Met een toegangssleutel gebruikt een script de API namens jou, zonder je wachtwoord. Geef een sleutel alleen de rechten die het script nodig heeft: met alleen lezen kan het niets plaatsen of wijzigen. Wie de sleutel heeft, kan wat de sleutel mag: bewaar hem als een wachtwoord en trek hem in als je hem niet meer nodig hebt.")
    String intro();

    @Message("Je nieuwe sleutel. Kopieer hem nu: Relay toont hem nooit meer.")
    String created_once();

    @Message("Stuur hem mee als Authorization: Bearer en dan de sleutel.")
    String created_how();

    @Message("De sleutel is ingetrokken; hij werkt niet meer.")
    String revoked();

    @Message("Je hebt geen toegangssleutels.")
    String none();

    @Message("Naam")
    String name();

    @Message("Rechten")
    String scopes();

    @Message("Gemaakt")
    String created();

    @Message("Verloopt")
    String expires();

    @Message("Laatst gebruikt")
    String last_used();

    @Message("nooit")
    String never_expires();

    @Message("nog niet")
    String never_used();

    @Message("lezen")
    String scope_read();

    @Message("schrijven")
    String scope_write();

    @Message("beheer")
    String scope_admin();

    @Message("Lezen (alleen opvragen)")
    String scope_read_label();

    @Message("Schrijven (ook plaatsen, wijzigen en verwijderen)")
    String scope_write_label();

    @Message("Beheer (ook je rechten als beheerder en privacyfunctionaris)")
    String scope_admin_label();

    @Message("Geldig tot en met (leeg: tot je hem intrekt)")
    String expires_on();

    @Message("Sleutel maken")
    String create();

    @Message("Intrekken")
    String revoke();

    @Message("Intrekken: {name}")
    String revoke_label(String name);

    @Message("Naam: geef de sleutel een naam van 1 tot 100 tekens op één regel.")
    String error_name();

    @Message("Rechten: kies lezen, schrijven of beheer.")
    String error_scopes();

    @Message("Rechten: beheer is alleen voor sleutels van beheerders.")
    String error_admin();

    @Message("Geldig tot en met: kies een datum vanaf vandaag.")
    String error_expires();

    @Message("Je hebt het hoogste aantal sleutels; trek er een in om een nieuwe te maken.")
    String error_limit();
}
