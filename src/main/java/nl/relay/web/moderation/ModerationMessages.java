package nl.relay.web.moderation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of moderation on the pages; Dutch here, English in messages/mod_en.properties. */
@MessageBundle(value = "mod", locale = "nl")
public interface ModerationMessages {

    @Message("Melden")
    String report();

    @Message("Bericht melden")
    String report_title();

    @Message("Waarom meld je dit bericht? De moderatoren zien je reden, niet je naam; de schrijver ziet geen van beide.")
    String report_intro();

    @Message("Reden")
    String reason();

    @Message("Versturen")
    String send_report();

    @Message("Bedankt. De moderatoren kijken ernaar.")
    String reported();

    @Message("Moderatie")
    String queue_title();

    @Message("Open")
    String status_open();

    @Message("Verborgen")
    String status_hidden();

    @Message("Afgewezen")
    String status_dismissed();

    @Message("Er zijn geen meldingen met deze status.")
    String queue_empty();

    @Message("Meldingen: {count}")
    String reporters(int count);

    @Message("De schrijver vroeg om een herbeoordeling")
    String review_asked();

    @Message("Verbergen")
    String hide();

    @Message("Reden voor de schrijver")
    String hide_reason();

    @Message("Afwijzen")
    String dismiss();

    @Message("Weer tonen")
    String restore();

    @Message("Verborgen houden")
    String keep_hidden();

    @Message("Besloten door {name}")
    String decided_by_name(String name);

    @Message("Verwijderd bericht")
    String removed();

    @Message("Volgende")
    String more();

    @Message("Een moderator heeft dit bericht verborgen; alleen jij ziet het. Reden: {reason}")
    String hidden_note(String reason);

    @Message("Vraag om herbeoordeling")
    String ask_review();

    @Message("Moderator")
    String role_moderator();

    @Message("Een moderator heeft je bericht verborgen")
    String note_hidden();

    @Message("Een moderator had je bericht verborgen; het is weer zichtbaar")
    String note_restored();

    @Message("Een moderator heeft je bericht verborgen: {reason}")
    String note_hidden_reason(String reason);
}
