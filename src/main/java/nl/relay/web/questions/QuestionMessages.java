package nl.relay.web.questions;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Questions and accepted answers on the pages and in notices, as {@code questions:}; English in questions_en. */
@MessageBundle(value = "questions", locale = "nl")
public interface QuestionMessages {

    @Message("Beantwoord")
    String answered();

    @Message("Open vraag")
    String open();

    @Message("Geaccepteerd antwoord")
    String accepted_answer();

    @Message("Accepteer als antwoord")
    String accept();

    @Message("Niet meer als antwoord")
    String undo();

    @Message("Open vragen")
    String heading();

    @Message("Alle vragen")
    String heading_all();

    @Message("Vragen in de onderwerpen die je volgt en de groepen waar je lid van bent, die nog geen geaccepteerd antwoord hebben. Kies een onderwerp of groep om daar te kijken.")
    String intro();

    @Message("Welke vragen")
    String filter_status();

    @Message("Nog zonder geaccepteerd antwoord")
    String filter_open();

    @Message("Alle, ook beantwoorde")
    String filter_all();

    @Message("Onderwerp")
    String filter_topic();

    @Message("Groep")
    String filter_group();

    @Message("Mijn onderwerpen en groepen")
    String filter_my_topics_and_groups();

    @Message("Geen vragen met deze keuze.")
    String none_filtered();

    @Message("Geen open vragen in jouw onderwerpen en groepen.")
    String none();

    @Message("Vragen")
    String nav();

    @Message("{who} heeft jouw antwoord geaccepteerd")
    String note_accepted(String who);

    @Message("Je vraag heeft nog geen geaccepteerd antwoord: kies het beste antwoord, of vraag het opnieuw")
    String note_question();
}
