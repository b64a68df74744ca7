package nl.relay.web.help;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of "people who help" on the pages; Dutch here, English in messages/help_en.properties. */
@MessageBundle(value = "help", locale = "nl")
public interface HelpMessages {

    @Message("Helpt anderen")
    String person_heading();

    @Message("{count} {#if count == 1}antwoord{#else}antwoorden{/if} op vragen van anderen")
    String answers(long count);

    @Message("{count} {#if count == 1}antwoord{#else}antwoorden{/if} geaccepteerd")
    String accepted(long count);

    @Message("{count} keer bedankt")
    String praise(long count);

    @Message("antwoordt meestal binnen {minutes} minuten")
    String median_minutes(long minutes);

    @Message("antwoordt meestal binnen {hours} uur")
    String median_hours(long hours);

    @Message("Geteld over de berichten die jij kunt lezen.")
    String counted_over_readable();

    @Message("Wie weet hier veel van?")
    String experts_heading();

    @Message("{count} {#if count == 1}geaccepteerd antwoord{#else}geaccepteerde antwoorden{/if}")
    String experts_accepted(long count);

    @Message("Mensen die helpen")
    String leaderboard_title();

    @Message("Wie beantwoordt de vragen van collega's? Geaccepteerde antwoorden tellen het zwaarst, dan antwoorden en bedankjes.")
    String leaderboard_intro();

    @Message("Van")
    String from();

    @Message("Tot en met")
    String to();

    @Message("Toon")
    String show();

    @Message("Naam")
    String name();

    @Message("Geaccepteerd")
    String column_accepted();

    @Message("Antwoorden")
    String column_answers();

    @Message("Bedankt")
    String column_praise();

    @Message("Nog niemand heeft in deze periode een vraag van een collega beantwoord.")
    String leaderboard_empty();

    @Message("{people} van de {active} collega's ({percent}%) gaven samen 80% van de {accepted} geaccepteerde antwoorden; {answerers} {#if answerers == 1}collega gaf{#else}collega's gaven{/if} er minstens één.")
    String distribution(long people, long active, String percent, long accepted, long answerers);

    @Message("Mensen die helpen")
    String people_link();
}
