package nl.relay.notifications.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The strings of replying by mail and of the mailing-list mode (mails and settings), as {@code bymail:} in
 * templates; Dutch here, English in messages/bymail_en.properties.
 */
@MessageBundle(value = "bymail", locale = "nl")
public interface ByMailMessages {

    @Message("Beantwoord deze mail om te reageren: je antwoord komt als reactie onder het bericht in Relay.")
    String reply_hint();

    @Message("Beantwoord per mail")
    String reply_by_mail();

    @Message("{author} schreef in {list}:")
    String list_posted(String author, String list);

    @Message("{author} reageerde in {list}:")
    String list_replied(String author, String list);

    @Message("Je wordt in dit bericht aangesproken: lezen is verplicht.")
    String list_addressed();

    @Message("Je krijgt deze mail omdat je elk bericht in {list} per mail ontvangt.")
    String list_why(String list);

    @Message("Berichten per mail")
    String list_heading();

    @Message("Kies groepen en gevolgde onderwerpen waarvan je elk bericht en elke reactie per mail wilt ontvangen. Je kunt elke mail beantwoorden: je antwoord komt als reactie in Relay.")
    String list_intro();

    @Message("Je zit nog in geen groep en volgt nog geen onderwerp.")
    String list_nothing();

    @Message("Groepen")
    String list_groups();

    @Message("Gevolgde onderwerpen")
    String list_topics();

    @Message("per mail")
    String list_by_mail();

    @Message("Keuze voor berichten per mail bewaard.")
    String list_saved();
}
