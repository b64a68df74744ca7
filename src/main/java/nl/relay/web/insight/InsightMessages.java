package nl.relay.web.insight;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the admins' insight page; Dutch here, English in messages/insight_en.properties. */
@MessageBundle(value = "insight", locale = "nl")
public interface InsightMessages {

    @Message("Inzicht")
    String title();

    @Message("Hoe Relay gebruikt wordt, per ISO-week (maandag tot en met zondag). De aantallen tellen ook de berichten in besloten groepen mee, maar van die berichten staat hier niets: geen tekst, geen groep en geen onderwerp. Niemand wordt bij naam genoemd.")
    String intro();

    @Message("Van")
    String from();

    @Message("Tot en met")
    String to();

    @Message("Tonen")
    String show();

    @Message("Van maandag {from} tot en met zondag {to} ({zone})")
    String period(String from, String to, String zone);

    @Message("Berichten en actieve mensen")
    String activity_heading();

    @Message("Actief is wie in die week een bericht of reactie schreef, een bericht leuk vond of een verplicht te lezen bericht bevestigde.")
    String activity_note();

    @Message("Week")
    String week();

    @Message("Maandag")
    String monday();

    @Message("Berichten")
    String posts();

    @Message("Reacties")
    String replies();

    @Message("Actieve mensen")
    String active_people();

    @Message("Totaal")
    String total();

    @Message("Aantal")
    String count();

    @Message("Berichten en reacties per week")
    String chart_posts_title();

    @Message("Gestapelde staven: per ISO-week de nieuwe berichten en de reacties. De tabel hieronder heeft dezelfde getallen.")
    String chart_posts_desc();

    @Message("Actieve mensen per week")
    String chart_active_title();

    @Message("Staven: per ISO-week het aantal mensen dat actief was. De tabel hieronder heeft dezelfde getallen.")
    String chart_active_desc();

    @Message("Verplicht te lezen")
    String must_read_heading();

    @Message("Per week waarin het bericht geschreven is: hoeveel geadresseerden het moesten lezen, hoeveel het inmiddels bevestigden, en de mediaan van de tijd van het bericht tot de bevestiging.")
    String must_read_note();

    @Message("Geadresseerd")
    String addressed();

    @Message("Bevestigd")
    String acknowledged();

    @Message("Bevestigd (%)")
    String acknowledged_share();

    @Message("Mediaan tot bevestiging")
    String median_acknowledge();

    @Message("Bevestigd per week")
    String chart_must_read_title();

    @Message("Staven: per ISO-week het deel van de geadresseerden dat een verplicht te lezen bericht bevestigde, in procenten. De tabel hieronder heeft dezelfde getallen.")
    String chart_must_read_desc();

    @Message("Procent")
    String percent_axis();

    @Message("Vragen")
    String questions_heading();

    @Message("Per week waarin de vraag gesteld is: de mediaan van de tijd tot het eerste antwoord, de eerste reactie van iemand anders dan de vraagsteller.")
    String questions_note();

    @Message("Vragen")
    String questions();

    @Message("Beantwoord")
    String answered();

    @Message("Mediaan tot eerste antwoord")
    String median_answer();

    @Message("Bespaarde mail")
    String mail_heading();

    @Message("Een gesprek telt als het begon in een groep of met meer dan drie vermelde collega's. Elk bericht erin (het eerste en elke reactie) telt als één interne mail aan het publiek van het gesprek: de leden van de groep nu, plus de vermelde mensen buiten de groep, min de schrijver van het eerste bericht.")
    String mail_note();

    @Message("Bespaarde mails")
    String mails_saved();

    @Message("Ontvangers")
    String recipients_saved();

    @Message("Bespaarde mails per week")
    String chart_mail_title();

    @Message("Staven: per ISO-week het aantal interne mails dat Relay verving. De tabel hieronder heeft dezelfde getallen en ook het aantal ontvangers.")
    String chart_mail_desc();

    @Message("Attenderingen per klant en sector")
    String alerts_heading();

    @Message("Treffers van attenderingen op de berichten uit deze periode (één per attendering en bericht): {total} in totaal.")
    String alerts_note(long total);

    @Message("Klant")
    String client();

    @Message("Sector")
    String sector();

    @Message("Treffers")
    String matches();

    @Message("Populaire onderwerpen")
    String topics_heading();

    @Message("Alleen berichten die iedereen mag lezen tellen mee: onderwerpen uit besloten groepen staan hier niet.")
    String topics_note();

    @Message("Onderwerp")
    String topic();

    @Message("CSV downloaden")
    String csv();

    @Message("Niets in deze periode.")
    String nothing();

    @Message("{n} uur")
    String hours(String n);

    @Message("{n} min")
    String minutes(String n);
}
