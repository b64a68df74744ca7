package nl.relay.mailin.intake;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** What Relay answers to mail that came in; Dutch here, English in messages/mailin_en.properties. */
@MessageBundle(value = "mailin", locale = "nl")
public interface MailInMessages {

    @Message("Niet geplaatst: {subject}")
    String subject_refused(String subject);

    @Message("Geplaatst: {subject}")
    String subject_posted(String subject);

    @Message("Je mail niet geplaatst")
    String subject_refused_without_subject();

    @Message("Je mail is geplaatst")
    String subject_posted_without_subject();

    @Message("Hallo{#if name} {name}{/if},")
    String greeting(String name);

    @Message("Je mail is niet in Relay geplaatst.")
    String refused_intro();

    @Message("Je mail staat in Relay:")
    String posted_intro();

    @Message("Deze adressen horen bij niemand met een Relay-account en kregen je bericht dus niet. Mail ze zelf als ze het moeten lezen:")
    String posted_unknown();

    @Message("Waarom")
    String why();

    @Message("Wat je kunt doen")
    String what_to_do();

    @Message("Dit is een automatisch antwoord van Relay; antwoorden heeft geen zin.")
    String automatic();

    @Message("Relay kon je mail niet lezen: hij is beschadigd of onvolledig.")
    String refused_unreadable();

    @Message("Stuur hem opnieuw, als gewone mail (tekst of HTML), of plaats je bericht op Relay zelf.")
    String todo_unreadable();

    @Message("Het adres waar je mail vandaan kwam hoort niet bij een (actief) Relay-account.")
    String refused_unknown_sender();

    @Message("Stuur de mail vanaf het adres van je Relay-account. Heb je geen account, vraag dan een collega met een account om je bericht te plaatsen.")
    String todo_unknown_sender();

    @Message("Je mail kwam niet via de mailserver van het bedrijf, dus Relay kan niet nagaan dat hij echt van jou is.")
    String refused_untrusted_sender();

    @Message("Stuur hem naar je persoonlijke adres (post+…@) dat je in Relay onder Instellingen vindt; dat werkt vanaf elke mailserver.")
    String todo_untrusted_sender();

    @Message("Dit persoonlijke adres bestaat niet (meer): misschien heb je het vernieuwd of is het verkeerd overgenomen.")
    String refused_unknown_secret();

    @Message("Kijk in Relay onder Instellingen wat je persoonlijke adres nu is, en stuur je mail daarheen.")
    String todo_unknown_secret();

    @Message("Dit is het persoonlijke adres van een collega: wat daarheen gaat, wordt een bericht van hen. Je mail is niet geplaatst, ook niet namens jou.")
    String refused_not_secret_owner();

    @Message("Wilde je reageren op een mail die ook naar Relay ging? Antwoord dan alleen aan de afzender, of reageer in Relay zelf. Je eigen persoonlijke adres vind je in Relay onder Instellingen.")
    String todo_not_secret_owner();

    @Message("Het antwoordadres van deze mail is niet (meer) geldig: het is verlopen of beschadigd.")
    String refused_unknown_token();

    @Message("Antwoord in Relay zelf, via de link in de melding, of antwoord op een nieuwere melding.")
    String todo_unknown_token();

    @Message("Dit antwoordadres hoort bij iemand anders: alleen wie de melding kreeg kan er per mail op antwoorden.")
    String refused_not_token_owner();

    @Message("Antwoord vanaf het adres waarop je de melding kreeg, of antwoord in Relay zelf.")
    String todo_not_token_owner();

    @Message("Die groep bestaat niet, of je bent er geen lid van.")
    String refused_no_group();

    @Message("Kijk in Relay onder Instellingen welke groepsadressen je hebt, of vraag een beheerder van de groep je toe te laten.")
    String todo_no_group();

    @Message("Die groep is gearchiveerd en neemt geen nieuwe berichten meer aan.")
    String refused_group_archived();

    @Message("Plaats je bericht in een andere groep of op je eigen tijdlijn (post@).")
    String todo_group_archived();

    @Message("Het bericht waarop je antwoordt is verwijderd, of je kunt het niet meer lezen.")
    String refused_thread_gone();

    @Message("Begin een nieuw bericht als je iets wilt delen.")
    String todo_thread_gone();

    @Message("Na het weghalen van het geciteerde bericht en de handtekening bleef er niets over om te plaatsen.")
    String refused_empty();

    @Message("Zet je eigen tekst boven het geciteerde bericht en stuur het opnieuw.")
    String todo_empty();

    @Message("Je tekst is langer dan de 5.000 tekens die een bericht mag hebben.")
    String refused_too_long();

    @Message("Kort hem in, of stuur de lange tekst als bijlage mee.")
    String todo_too_long();

    @Message("De mail of de bijlagen zijn te groot, of het zijn te veel bijlagen.")
    String refused_too_large();

    @Message("Stuur minder of kleinere bijlagen, of zet een link naar het bestand in je bericht.")
    String todo_too_large();

    @Message("Posten per mail")
    String addresses_heading();

    @Message("Een mail aan deze adressen wordt een bericht van jou. Collega's in Aan en Cc worden geadresseerden die het moeten lezen; een antwoord op een melding wordt een reactie.")
    String addresses_intro();

    @Message("Via de mailserver van het bedrijf")
    String addresses_post();

    @Message("Je persoonlijke adres (werkt overal; houd het voor jezelf)")
    String addresses_secret();

    @Message("Nieuw persoonlijk adres maken")
    String addresses_renew();

    @Message("Je hebt een nieuw persoonlijk adres; het oude werkt niet meer.")
    String addresses_renewed();

    @Message("Je hebt nog geen persoonlijk adres.")
    String addresses_secret_none();

    @Message("Maak mijn persoonlijke adres")
    String addresses_make();
}
