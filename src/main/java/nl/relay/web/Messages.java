package nl.relay.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every visible string of the pages; Dutch here, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "nl")
public interface Messages {

    @Message("Relay")
    String app_name();

    @Message("Inloggen")
    String sign_in();

    @Message("Uitloggen")
    String sign_out();

    @Message("Gebruikersnaam")
    String username();

    @Message("Wachtwoord")
    String password();

    @Message("Onbekende gebruikersnaam of verkeerd wachtwoord.")
    String sign_in_failed();

    @Message("Te veel mislukte pogingen. Probeer het later opnieuw.")
    String sign_in_throttled();

    @Message("Tijdlijn")
    String home();

    @Message("Wat wil je delen?")
    String composer_label();

    @Message("Soort bericht")
    String kind_label();

    @Message("Plaatsen")
    String publish();

    @Message("Notitie")
    String kind_note();

    @Message("Vraag")
    String kind_question();

    @Message("Kandidaat")
    String kind_candidate();

    @Message("Vacature")
    String kind_vacancy();

    @Message("Signaal")
    String kind_signal();

    @Message("Nog niets te lezen. Volg collega's en onderwerpen, of schrijf zelf iets.")
    String feed_empty();

    @Message("Oudere berichten")
    String older();

    @Message("Verwijderd bericht")
    String removed();

    @Message("Hoofdnavigatie")
    String navigation();
}
