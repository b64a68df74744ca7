package nl.relay.web.polls;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of polls and praise on the pages and in mails; Dutch here, English in messages/polls_en.properties. */
@MessageBundle(value = "polls", locale = "nl")
public interface PollMessages {

    @Message("{who} bedankte je in een compliment")
    String note_praise(String who);

    @Message("Compliment")
    String kind_praise();

    @Message("Peiling")
    String kind_poll();

    @Message("Kies een antwoord")
    String choose();

    @Message("Stem")
    String vote();

    @Message("Stem wijzigen")
    String change_vote();

    @Message("Stem intrekken")
    String withdraw();

    @Message("sluit op {when}")
    String closes_at(String when);

    @Message("gesloten op {when}")
    String closed_at(String when);

    @Message("{count} {#if count == 1}stem{#else}stemmen{/if}")
    String voters(int count);

    @Message("{votes} van {voters} ({percent}%)")
    String option_votes(int votes, int voters, int percent);

    @Message("jouw stem")
    String your_vote();

    @Message("De uitslag zie je nadat je gestemd hebt of als de peiling gesloten is.")
    String results_hidden();

    @Message("Antwoorden van de peiling")
    String options_label();

    @Message("Eén antwoord per regel, 2 tot 10, elk hoogstens 200 tekens.")
    String options_hint();

    @Message("Sluit op")
    String closes_label();

    @Message("Datum en tijd (Nederlandse tijd), hoogstens een jaar vooruit.")
    String closes_hint();

    @Message("Bij een compliment noem je de collega's die je bedankt met @gebruikersnaam; de reden is hoogstens 500 tekens.")
    String praise_hint();

    @Message("Complimenten")
    String praise_title();

    @Message("{count} {#if count == 1}compliment{#else}complimenten{/if} die jij kunt zien")
    String praise_count(int count);

    @Message("Nog geen complimenten die jij kunt zien.")
    String praise_none();

    @Message("Deze peiling is gesloten of het bericht is verwijderd; je stem kan niet meer veranderen.")
    String refused_closed();

    @Message("Kies een van de antwoorden.")
    String refused_option();
}
