package nl.relay.accounts.reset;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What the reset pages, the sign-in page's link and the reset mail say; Dutch here, English in reset_en. */
@MessageBundle(value = "reset", locale = "nl")
public interface ResetMessages {

    @Message("Wachtwoord vergeten?")
    String forgot_link();

    @Message("Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord; overal waar je ingelogd was, ben je "
            + "nu uitgelogd.")
    String done_on_sign_in();

    @Message("Wachtwoord vergeten")
    String request_title();

    @Message("Vul je gebruikersnaam of e-mailadres in. Je krijgt een mail met een link om een nieuw wachtwoord te "
            + "kiezen.")
    String request_intro();

    @Message("Gebruikersnaam of e-mailadres")
    String username_or_email();

    @Message("Stuur me een link")
    String send();

    @Message("Vul je gebruikersnaam of e-mailadres in.")
    String required();

    @Message("Te veel aanvragen vanaf dit adres. Probeer het later opnieuw.")
    String throttled();

    @Message("Terug naar inloggen")
    String back_to_sign_in();

    @Message("Kijk in je mail")
    String sent_title();

    @Message("Hoort er een Relay-account met een eigen wachtwoord bij, dan is er nu een mail onderweg naar het "
            + "e-mailadres van dat account, met een link om een nieuw wachtwoord te kiezen. De link werkt "
            + "{minutes} minuten.")
    String sent_text(long minutes);

    @Message("Geen mail gekregen? Kijk ook bij je ongewenste mail. Log je in via je organisatie (single sign-on), "
            + "dan beheert je organisatie je wachtwoord.")
    String sent_hint();

    @Message("Kies een nieuw wachtwoord")
    String new_title();

    @Message("Voor je account {username}.")
    String new_for(String username);

    @Message("Nieuw wachtwoord (minstens 12 tekens)")
    String new_password();

    @Message("Wachtwoord opslaan")
    String save();

    @Message("Deze link werkt niet meer")
    String unusable_title();

    @Message("Deze link is verlopen, al gebruikt of vervangen door een nieuwere link. Vraag een nieuwe aan.")
    String link_over();

    @Message("Dit is geen geldige link. Kopieer de hele link uit de mail, of vraag een nieuwe aan.")
    String link_invalid();

    @Message("Vraag een nieuwe link aan")
    String ask_again();

    @Message("Te veel pogingen vanaf dit adres. Probeer het later opnieuw.")
    String confirm_throttled();

    @Message("Nieuw wachtwoord voor Relay")
    String mail_subject();

    @Message("Hallo{#if name} {name}{/if},")
    String mail_greeting(String name);

    @Message("Iemand, hopelijk jij, vroeg een nieuw wachtwoord aan voor je Relay-account {username}. Kies het via "
            + "deze link:")
    String mail_intro(String username);

    @Message("Kies een nieuw wachtwoord")
    String mail_button();

    @Message("De link werkt {minutes} minuten en maar één keer. Met je nieuwe wachtwoord ben je overal uitgelogd "
            + "en log je opnieuw in.")
    String mail_valid(long minutes);

    @Message("Vroeg je dit niet aan? Dan hoef je niets te doen: je wachtwoord blijft zoals het is.")
    String mail_ignore();

    @Message("Dit is een automatische mail van Relay; een antwoord wordt niet gelezen.")
    String mail_automatic();
}
