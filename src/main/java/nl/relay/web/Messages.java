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

    @Message("Alle berichten")
    String all_posts();

    @Message("Mensen")
    String people();

    @Message("Reageren")
    String reply();

    @Message("Je reactie")
    String reply_label();

    @Message("Volgen")
    String follow();

    @Message("Ontvolgen")
    String unfollow();

    @Message("Filteren")
    String filter();

    @Message("Alle soorten")
    String kind_all();

    @Message("Zoeken")
    String search();

    @Message("Naam of gebruikersnaam")
    String people_search_label();

    @Message("Volgende mensen")
    String more_people();

    @Message("kandidaat aanbieden")
    String composer_offer_candidate();

    @Message("vacature plaatsen")
    String composer_post_vacancy();

    @Message("Vacatures die het best passen")
    String best_matches_vacancies();

    @Message("Kandidaten die het best passen")
    String best_matches_candidates();

    @Message("Onderwerp")
    String topic();

    @Message("Berichten")
    String posts();

    @Message("Niet gevonden")
    String not_found();

    @Message("Dit bestaat niet, of je mag het niet zien.")
    String not_found_text();

    @Message("Niet actief")
    String inactive();

    @Message("Instellingen")
    String settings();

    @Message("Wachtwoord wijzigen")
    String change_password();

    @Message("Huidig wachtwoord")
    String current_password();

    @Message("Nieuw wachtwoord (minstens 12 tekens)")
    String new_password();

    @Message("Opslaan")
    String save();

    @Message("Je wachtwoord is gewijzigd.")
    String password_changed();

    @Message("Accounts")
    String accounts();

    @Message("Nieuw account")
    String new_account();

    @Message("Weergavenaam")
    String display_name();

    @Message("E-mailadres")
    String email();

    @Message("Rollen")
    String roles();

    @Message("Actief")
    String active();

    @Message("Deactiveren")
    String deactivate();

    @Message("Activeren")
    String activate();

    @Message("Pseudonimiseren")
    String pseudonymise();

    @Message("Naam, gebruikersnaam en e-mailadres van {name} definitief vervangen door een pseudoniem? Berichten blijven staan; dit kan niet ongedaan worden gemaakt.")
    String pseudonymise_confirm(String name);

    @Message("Gepseudonimiseerd")
    String pseudonymised();

    @Message("Dit account is nog actief: deactiveer het eerst.")
    String pseudonymise_active();

    @Message("oud-collega")
    String former_colleague();

    @Message("Aanmaken")
    String create();

    @Message("Je mag dit niet doen.")
    String forbidden();

    @Message("Klanten")
    String clients();

    @Message("Klant toevoegen")
    String new_client();

    @Message("Naam")
    String name();

    @Message("Andere namen (komma's ertussen)")
    String aliases();

    @Message("Sector")
    String sector();

    @Message("Naam of andere naam")
    String client_search_label();

    @Message("Taal")
    String language();

    @Message("Taal van de pagina's en e-mails")
    String language_legend();

    @Message("Zoals de browser")
    String language_browser();

    @Message("Taal opgeslagen.")
    String language_saved();

    @Message("Medewerker")
    String role_employee();

    @Message("Recruiter")
    String role_recruiter();

    @Message("Beheerder")
    String role_admin();

    @Message("Rollen van")
    String roles_of();

    @Message("Rollen opslaan")
    String save_roles();

    @Message("Klanten en sectoren")
    String clients_and_sectors();

    @Message("Alle sectoren")
    String all_sectors();

    @Message("Sectoren")
    String sectors();

    @Message("{count} {#if count == 1}klant{#else}klanten{/if}")
    String clients_count(long count);

    @Message("Geen klanten gevonden.")
    String no_clients();

    @Message("Meer klanten")
    String more_clients();

    @Message("Gebruik #onderwerp en @naam; wie je noemt, krijgt het te lezen.")
    String composer_hint();

    @Message("Klant (optioneel)")
    String client_optional();

    @Message("Sector (optioneel)")
    String sector_optional();

    @Message("Groepen")
    String groups();

    @Message("Naam of omschrijving")
    String group_search_label();

    @Message("Ook gearchiveerde groepen")
    String show_archived();

    @Message("Besloten")
    String group_private();

    @Message("Openbaar")
    String group_public();

    @Message("Gearchiveerd")
    String group_archived();

    @Message("Eigenaar")
    String role_owner();

    @Message("Beheerder")
    String role_group_admin();

    @Message("Lid")
    String role_member();

    @Message("Aangevraagd")
    String role_requested();

    @Message("Geen groepen gevonden.")
    String no_groups();

    @Message("Er zijn meer groepen; zoek gerichter.")
    String more_groups();

    @Message("Groep starten")
    String new_group();

    @Message("Omschrijving")
    String description();

    @Message("Zichtbaarheid")
    String visibility();

    @Message("Openbaar: iedereen kan lid worden en de berichten lezen")
    String group_public_explained();

    @Message("Besloten: alleen leden lezen de berichten; lid worden op aanvraag")
    String group_private_explained();

    @Message("Vraag lidmaatschap aan")
    String ask_to_join();

    @Message("Lid worden")
    String join();

    @Message("Je aanvraag wacht op goedkeuring.")
    String request_waiting();

    @Message("Aanvraag intrekken")
    String withdraw_request();

    @Message("Groep verlaten")
    String leave_group();

    @Message("Bericht aan de groep")
    String group_composer_label();

    @Message("Berichten in de groep")
    String group_posts();

    @Message("Leden")
    String members();

    @Message("Rol van")
    String role_of();

    @Message("Rol opslaan")
    String save_role();

    @Message("Verwijderen")
    String remove_member();

    @Message("Dit is een besloten groep: alleen leden zien de berichten en de leden.")
    String private_group_notice();

    @Message("Aanvragen")
    String join_requests();

    @Message("Goedkeuren")
    String approve();

    @Message("Afwijzen")
    String reject();

    @Message("Geen openstaande aanvragen.")
    String no_join_requests();

    @Message("Lid toevoegen")
    String add_member();

    @Message("Toevoegen")
    String add();

    @Message("Groep bewerken")
    String edit_group();

    @Message("Groep archiveren")
    String archive_group();

    @Message("{count} {#if count == 1}lid{#else}leden{/if}")
    String members_count(long count);

    @Message("Groep (optioneel)")
    String group_optional();

    @Message("Geen (iedereen)")
    String no_group();

    @Message("↪ reactie")
    String in_reply();

    @Message("Meldingen")
    String notifications();

    @Message("Alles gelezen")
    String mark_all_read();

    @Message("Moet je lezen")
    String must_read();

    @Message("Alle meldingen")
    String all_notifications();

    @Message("Geen meldingen.")
    String no_notifications();

    @Message("Je zoekterm vond een bericht")
    String notice_alert();

    @Message("Moet je lezen")
    String must_read_badge();

    @Message("Gelezen en begrepen")
    String acknowledge();

    @Message("Bevestigd")
    String acknowledged();

    @Message("Markeer als gelezen")
    String mark_read();

    @Message("ongelezen")
    String unread_label();

    @Message("Wie heeft het gelezen")
    String receipts();

    @Message("Gemeld")
    String notified();

    @Message("Gelezen")
    String read();

    @Message("nog niet")
    String not_yet();

    @Message("E-mail")
    String email_heading();

    @Message("E-mailvoorkeur opgeslagen.")
    String email_saved();

    @Message("Meldingen per e-mail")
    String email_legend();

    @Message("Meteen, als ik een melding niet binnen een paar minuten heb gelezen")
    String email_instant();

    @Message("Eén overzicht")
    String email_digest();

    @Message("Nooit")
    String email_off();

    @Message("Het overzicht komt")
    String digest_legend();

    @Message("Dagelijks")
    String digest_daily();

    @Message("Wekelijks")
    String digest_weekly();

    @Message("Hallo {name},")
    String email_greeting(String name);

    @Message("Lees het in Relay")
    String email_open();

    @Message("Open Relay")
    String email_open_relay();

    @Message("Je krijgt deze e-mail door je instellingen in Relay.")
    String email_why();

    @Message("E-mailinstellingen")
    String email_settings();

    @Message("{count} {#if count == 1}ongelezen melding{#else}ongelezen meldingen{/if} en wat er speelde")
    String digest_subject(int count);

    @Message("Nog niet gelezen")
    String digest_unread();

    @Message("Drukke gesprekken bij wie en wat je volgt")
    String digest_busy();

    @Message("{count} {#if count == 1}reactie{#else}reacties{/if}")
    String digest_replies(long count);

    @Message("Achtergrondwerk")
    String outbox_heading();

    @Message("{waiting} {#if waiting == 1}taak wacht{#else}taken wachten{/if}; {parked} {#if parked == 1}taak is{#else}taken zijn{/if} vastgelopen (bijvoorbeeld e-mails die steeds mislukten).")
    String outbox_counts(long waiting, long parked);

    @Message("Opnieuw proberen")
    String retry();

    @Message("{name}: nieuw bericht van {author}")
    String alert_mail_subject_instant(String name, String author);

    @Message("Je {#if frequency == 'weekly'}wekelijkse{#else}dagelijkse{/if} alerts: {count} {#if count == 1}nieuw bericht{#else}nieuwe berichten{/if}")
    String alert_mail_subject_digest(String frequency, long count);

    @Message("Alert “{name}”: {total} {#if total == 1}nieuw bericht{#else}nieuwe berichten{/if}")
    String alert_mail_section(String name, long total);

    @Message("Alle treffers van deze alert")
    String alert_mail_all();

    @Message("Je krijgt deze e-mail door een alert van jou of van je groep; pas die aan op de alertpagina.")
    String alert_mail_why();

    @Message("Alerts")
    String alerts();

    @Message("Hoor over elk bericht dat ertoe doet: een alert let op klantnamen, sectoren of welke woorden ook, in het Nederlands en het Engels, en meldt wat hij vindt direct, dagelijks of wekelijks.")
    String alerts_intro();

    @Message("Zoekvraag")
    String alert_query();

    @Message("Woorden (alle moeten voorkomen), \"een exacte zin\", OR, NOT of -woord, haakjes, en de velden klant:, sector:, soort:, auteur:, onderwerp: en groep: (of in het Engels client:, kind:, author:, topic: en group:); soort: is notitie, vraag, kandidaat, vacature of signaal. Meervouden en accenten tellen mee: vacature vindt ook vacatures.")
    String alert_query_help();

    @Message("Hoe vaak")
    String alert_frequency();

    @Message("Direct")
    String alert_instant();

    @Message("Dagelijks overzicht")
    String alert_daily();

    @Message("Wekelijks overzicht")
    String alert_weekly();

    @Message("Via")
    String alert_channels();

    @Message("Relay (meldingen)")
    String alert_app();

    @Message("E-mail")
    String alert_email();

    @Message("Voor")
    String alert_for();

    @Message("Alleen mij")
    String alert_for_me();

    @Message("Iedereen in {name}")
    String alert_for_group(String name);

    @Message("Probeer")
    String alert_try();

    @Message("Proefresultaat")
    String alert_tried();

    @Message("{#if count == 0}Geen recente berichten gevonden{#else if count == 1}1 recent bericht gevonden{#else}{count} recente berichten gevonden{/if}")
    String alert_tried_count(int count);

    @Message("Team: {name}")
    String alert_team(String name);

    @Message("{#if count == 1}1 treffer{#else}{count} treffers{/if}")
    String alert_match_count(long count);

    @Message("Je hebt nog geen alerts.")
    String no_alerts();

    @Message("Er zijn meer alerts dan hier staan.")
    String more_alerts();

    @Message("Nieuwe alert")
    String new_alert();

    @Message("Privéfeed (Atom)")
    String alert_feed();

    @Message("Voor een feedlezer. Wie dit adres heeft, leest de treffers: deel het niet. Een nieuw adres maakt het oude ongeldig.")
    String alert_feed_help();

    @Message("Nieuw adres")
    String alert_feed_renew();

    @Message("Alert aanpassen")
    String alert_change();

    @Message("Alert verwijderen")
    String alert_delete();

    @Message("Treffers")
    String alert_matches();

    @Message("Nog geen treffers.")
    String alert_no_matches();

    @Message("Dit bericht bereikt tot %people% via %alerts%.")
    String reach_sentence();

    @Message("1 collega")
    String reach_person();

    @Message("%n collega's")
    String reach_people();

    @Message("1 alert")
    String reach_alert();

    @Message("%n alerts")
    String reach_alerts();

    @Message("Dit bericht bereikt minder dan %n collega's via alerts.")
    String reach_few();

    @Message("Zoek in alle berichten")
    String search_box();

    @Message("Zoekvraag")
    String search_query();

    @Message("Zoeken")
    String search_button();

    @Message("Volgorde")
    String search_sort();

    @Message("Nieuwste eerst")
    String search_newest();

    @Message("Beste eerst")
    String search_relevance();

    @Message("Vanaf")
    String search_from();

    @Message("Tot en met")
    String search_to();

    @Message("{#if count == 1}1 bericht gevonden{#else}{count} berichten gevonden{/if}")
    String search_total(int count);

    @Message("Meer dan 1000 berichten gevonden")
    String search_many();

    @Message("Niets gevonden. Probeer een ander woord of minder filters.")
    String search_no_hits();

    @Message("Bewaar als alert")
    String search_save_alert();

    @Message("Atom-feed van deze zoekvraag")
    String search_feed();

    @Message("Aantallen over de {count} nieuwste treffers.")
    String search_counted(int count);

    @Message("Filter weghalen")
    String search_remove();

    @Message("Verfijnen")
    String search_filters();

    @Message("Soort")
    String facet_kind();

    @Message("Klant")
    String facet_client();

    @Message("Sector")
    String facet_sector();

    @Message("Auteur")
    String facet_author();

    @Message("Groep")
    String facet_group();

    @Message("Maand")
    String facet_month();

    @Message("Onderwerp")
    String facet_topic();

    @Message("Suggesties")
    String search_suggestions();

    @Message("Zo zoek je")
    String syntax_title();

    @Message("Berichten met beide woorden. Hoofdletters, accenten en woordvormen maken niet uit: kandidaat vindt ook kandidaten, vacatures ook vacature, developer ook developers.")
    String syntax_words();

    @Message("Precies deze woorden achter elkaar.")
    String syntax_phrase();

    @Message("Een van beide; haakjes groeperen.")
    String syntax_or();

    @Message("Zonder dat woord.")
    String syntax_not();

    @Message("Velden: de klant (ook een andere naam van de klant), de sector, de soort bericht, de auteur, het onderwerp en de groep.")
    String syntax_fields();

    @Message("Een alert gebruikt dezelfde taal: wat je hier vindt, meldt een alert met dezelfde zoekvraag voortaan.")
    String syntax_alerts();

    @Message("Eerder in het archief")
    String alert_earlier();

    @Message("Berichten van vóór deze alert die de zoekvraag ook vindt.")
    String alert_earlier_help();

    @Message("Geen eerdere berichten gevonden.")
    String alert_no_earlier();

    @Message("Alle eerdere berichten zoeken")
    String alert_earlier_more();

    @Message("Nieuw feedadres")
    String search_feed_renew();

    @Message("Alle eerder gegeven feedadressen van je zoekvragen werken daarna niet meer.")
    String search_feed_renew_help();

    // part A "querynl": Dutch field names in the query help, "alert me" buttons

    @Message("Dezelfde velden in het Engels: client:, sector:, kind:, author:, topic: en group:. Een soort is notitie, vraag, kandidaat, vacature of signaal (of note, question, candidate, vacancy, signal).")
    String syntax_fields_other_language();

    @Message("Stuur me een melding over deze klant")
    String alert_me_client();

    @Message("Stuur me een melding over dit onderwerp")
    String alert_me_topic();

    @Message("Stuur me een melding over deze persoon")
    String alert_me_person();

    @Message("Je hebt al een melding")
    String alert_me_exists();
    // Part B "notif": the notifications page's sentences, one per kind of news, and its enhanced forms.

    @Message("Iemand")
    String note_someone();

    @Message("{who} noemde je in een bericht dat je moet lezen")
    String note_mention(String who);

    @Message("{#if others == 0}{who} reageerde op je bericht{#else if others == 1}{who} en 1 ander reageerden op je bericht{#else}{who} en {others} anderen reageerden op je bericht{/if}")
    String note_reply_mine(String who, int others);

    @Message("{#if others == 0}{who} reageerde in een gesprek waar je aan meedoet{#else if others == 1}{who} en 1 ander reageerden in een gesprek waar je aan meedoet{#else}{who} en {others} anderen reageerden in een gesprek waar je aan meedoet{/if}")
    String note_reply_thread(String who, int others);

    @Message("Herinnering: {who} vraagt je dit bericht te lezen")
    String note_reminder(String who);

    @Message("{#if alert}Je alert ‘{alert}’ vond een bericht van {who}{#else}Een verwijderde alert vond een bericht van {who}{/if}")
    String note_alert(String alert, String who);

    @Message("{#if alert}Je alert ‘{alert}’ vond {#if count == 1}1 nieuw bericht{#else}{count} nieuwe berichten{/if}{#else}Een verwijderde alert vond {#if count == 1}1 nieuw bericht{#else}{count} nieuwe berichten{/if}{/if}")
    String note_alert_count(String alert, int count);

    @Message("{#if others == 0}{who} vraagt om lid te worden van {group}{#else if others == 1}{who} en 1 ander vragen om lid te worden van {group}{#else}{who} en {others} anderen vragen om lid te worden van {group}{/if}")
    String note_join_request(String who, int others, String group);

    @Message("{who} heeft je toegelaten tot {group}")
    String note_admitted(String who, String group);

    @Message("Er is iets nieuws voor je")
    String note_other();

    @Message("Alle treffers")
    String note_alert_matches();

    @Message("Naar de groep")
    String note_group_open();

    @Message("Gelezen")
    String note_read();

    @Message("Dat lukte niet; probeer het opnieuw.")
    String note_failed();
    // Part C "actions": the post card's actions, the edit and remove pages, the thread page.

    @Message("Reageer")
    String card_reply();

    @Message("{count} {#if count == 1}reactie{#else}reacties{/if}")
    String card_replies(int count);

    @Message("Leuk")
    String card_like();

    @Message("{count} keer leuk gevonden")
    String card_likes(int count);

    @Message("Meer acties")
    String card_more();

    @Message("Bewerken")
    String card_edit();

    @Message("Verwijderen")
    String card_remove();

    @Message("Gesprek volgen")
    String card_follow();

    @Message("Gesprek dempen")
    String card_mute();

    @Message("Link kopiëren")
    String card_copy_link();

    @Message("Link gekopieerd")
    String card_copied();

    @Message("bewerkt")
    String card_edited();

    @Message("Bericht verwijderd")
    String card_removed_now();

    @Message("Opslaan")
    String card_save();

    @Message("Annuleren")
    String card_cancel();

    @Message("Versies")
    String card_history();

    @Message("Dit bericht verwijderen? De tekst en eerdere versies verdwijnen; reacties blijven staan.")
    String card_remove_confirm();

    @Message("Schrijf eerst iets.")
    String card_error_empty();

    @Message("Te lang: ten hoogste 5000 tekens.")
    String card_error_long();

    @Message("Dat lukte niet. Probeer het opnieuw.")
    String card_error_failed();

    @Message("Bericht bewerken")
    String edit_title();

    @Message("Tekst van het bericht")
    String edit_label();

    @Message("Versies van een bericht")
    String history_title();

    @Message("huidige tekst")
    String history_current();

    @Message("Geen eerdere versies.")
    String history_none();

    @Message("Bericht verwijderen")
    String remove_title();

    @Message("Dat kan niet")
    String action_refused();

    @Message("Alleen de schrijver van een bericht kan het bewerken; verwijderen kan de schrijver of een beheerder.")
    String action_refused_text();

    @Message("Dit bericht is verwijderd.")
    String action_conflict_text();

    @Message("Gesprek: {start}")
    String thread_title(String start);

    @Message("Gesprek bij een verwijderd bericht")
    String thread_title_removed();

    @Message("← Terug")
    String thread_back();

    @Message("Reacties")
    String thread_replies();

    @Message("in reactie op {name}")
    String thread_in_reply_to(String name);

    @Message("Reageer op {name}")
    String thread_reply_to(String name);
    // part E feedcomposer: the home feed's heading, the "new posts" prompt, the composer

    @Message("Je tijdlijn")
    String home_heading();

    @Message("Bericht schrijven")
    String composer_region();

    @Message("1 nieuw bericht")
    String new_posts_one();

    @Message("%n nieuwe berichten")
    String new_posts_many();

    @Message("Ctrl+Enter of ⌘+Enter plaatst het bericht.")
    String composer_keys();

    @Message("Typ een naam of een andere naam van de klant.")
    String client_picker_hint();
    // Part D, navgroups: the navigation, the skip link and the group admin page.

    @Message("Naar de inhoud")
    String skip_to_content();

    @Message("Alles")
    String nav_all_short();

    @Message("Meldingen")
    String nav_notifications_short();

    @Message("Menu")
    String menu();

    @Message("Beheren")
    String manage_group();

    @Message("{count} {#if count == 1}aanvraag wacht{#else}aanvragen wachten{/if} op goedkeuring")
    String pending_requests(int count);

    @Message("Daarna zie je de berichten van de groep niet meer in je tijdlijn; bij een besloten groep ook niet meer op de groepspagina.")
    String leave_group_explained();

    @Message("Ja, verlaat de groep")
    String leave_group_confirm();

    @Message("Je bent de laatste eigenaar van deze groep, dus je kunt hem niet verlaten. Maak eerst iemand anders eigenaar (via Beheren), of archiveer de groep.")
    String last_owner_cannot_leave();

    @Message("{name} beheren")
    String group_admin_title(String name);

    @Message("Terug naar {name}")
    String back_to_group(String name);

    @Message("Deze groep is gearchiveerd: er kunnen geen berichten of leden meer bij.")
    String group_archived_notice();

    @Message("Naam of gebruikersnaam")
    String member_field();

    @Message("Typ een deel van de naam en kies uit de suggesties, of geef de gebruikersnaam.")
    String member_field_hint();

    @Message("Collega's")
    String member_suggestions();

    @Message("Geef de naam of gebruikersnaam van wie je wilt toevoegen.")
    String member_missing();

    @Message("Niemand heet \"{typed}\": controleer de naam of de gebruikersnaam.")
    String member_unknown(String typed);

    @Message("Meer mensen passen bij \"{typed}\": kies wie je bedoelt.")
    String member_several(String typed);

    @Message("{name} (@{username}) toevoegen")
    String member_choose(String name, String username);

    @Message("Goedkeuren: {name}")
    String approve_who(String name);

    @Message("Afwijzen: {name}")
    String reject_who(String name);

    @Message("Leden en rollen")
    String members_and_roles();

    @Message("Rol opslaan: {name}")
    String save_role_of(String name);

    @Message("Verwijderen: {name}")
    String remove_who(String name);

    @Message("Een gearchiveerde groep neemt geen berichten of leden meer aan; wat er staat, blijft te lezen.")
    String archive_group_explained();

    // Clients (issue 16): signal types, the client page with its timeline, watching, merging and archiving.

    @Message("Soort signaal (alleen voor signalen)")
    String signal_type_label();

    @Message("Vertrek")
    String cp_signal_leaving();

    @Message("Nieuwe manager")
    String cp_signal_new_manager();

    @Message("Reorganisatie")
    String cp_signal_reorganisation();

    @Message("Groei")
    String cp_signal_growth();

    @Message("Aanbesteding")
    String cp_signal_tender();

    @Message("Klacht")
    String cp_signal_complaint();

    @Message("Overig")
    String cp_signal_other();

    @Message("{count} {#if count == 1}volger{#else}volgers{/if}")
    String cp_watchers(long count);

    @Message("Volgen")
    String cp_watch();

    @Message("Opslaan")
    String cp_watch_change();

    @Message("Niet meer volgen")
    String cp_unwatch();

    @Message("Je volgt deze klant: je hoort via de app en e-mail over nieuwe berichten.")
    String cp_watching();

    @Message("Volg deze klant om te horen over nieuwe berichten, signalen en vacatures.")
    String cp_watch_explained();

    @Message("Hoe vaak")
    String cp_frequency();

    @Message("Signaal melden")
    String cp_report_signal();

    @Message("Alle berichten over deze klant")
    String cp_all_posts();

    @Message("Tijdlijn")
    String cp_timeline();

    @Message("Nog niets over deze klant.")
    String cp_timeline_empty();

    @Message("Oudere")
    String cp_older();

    @Message("Ook bekend als")
    String cp_aliases();

    @Message("Vacature")
    String cp_vacancy();

    @Message("van {name}")
    String cp_vacancy_by(String name);

    @Message("open")
    String cp_status_open();

    @Message("in de wacht")
    String cp_status_on_hold();

    @Message("vervuld")
    String cp_status_filled();

    @Message("gesloten")
    String cp_status_closed();

    @Message("Voorstel")
    String cp_proposal();

    @Message("{candidate} voorgesteld voor {vacancy} door {name}")
    String cp_proposal_text(String candidate, String vacancy, String name);

    @Message("voorgesteld")
    String cp_proposal_proposed();

    @Message("gesprek")
    String cp_proposal_interview();

    @Message("aangenomen")
    String cp_proposal_hired();

    @Message("afgewezen")
    String cp_proposal_rejected();

    @Message("Deze klant is gearchiveerd: er komt geen nieuw werk meer bij.")
    String cp_archived();

    @Message("Deze klant is opgegaan in")
    String cp_merged_into();

    @Message("Beheer")
    String cp_admin();

    @Message("Een klant hierin samenvoegen")
    String cp_merge_heading();

    @Message("Klant die hierin opgaat")
    String cp_merge_label();

    @Message("Naam, andere namen, berichten, vacatures, kandidaten, voorstellen en volgers gaan over naar deze klant; de andere klant wordt gearchiveerd.")
    String cp_merge_hint();

    @Message("Samenvoegen")
    String cp_merge();

    @Message("Archiveren")
    String cp_archive();

    @Message("Uit het archief halen")
    String cp_unarchive();

    // Matches, notification types interest/match/referral, and recruitment fields in alerts and search (helper
    // matches).

    @Message("Werving: vaardigheid:java, regio:utrecht (een stad of provincie; een provincie vindt ook haar steden), status:beschikbaar en signaal:reorganisatie (of in het Engels skill:, region:, status: en signal:). Een status is beschikbaar, in-behandeling, geplaatst, ingetrokken (kandidaten) of open, gepauzeerd, vervuld, gesloten (vacatures); een signaal is vertrek, nieuwe-manager, reorganisatie, groei, aanbesteding, klacht of overig.")
    String alert_query_help_recruitment();

    @Message("Werving: de vaardigheid, de regio (een provincie vindt ook haar steden), de status van een kandidaat of vacature en het soort klantsignaal.")
    String syntax_recruitment_fields();

    @Message("Dezelfde velden in het Engels: skill:, region:, status: en signal:, met available, in-process, placed, withdrawn, open, on-hold, filled, closed en leaving, new-manager, reorganisation, growth, tender, complaint, other.")
    String syntax_recruitment_fields_other_language();

    @Message("{#if others == 0}{who} heeft interesse in je kandidaat{#else if others == 1}{who} en 1 ander hebben interesse in je kandidaat{#else}{who} en {others} anderen hebben interesse in je kandidaat{/if}")
    String note_interest(String who, int others);

    @Message("{#if kind == 'vacancy'}Een nieuwe vacature van {who} past bij je kandidaat{#if title} ‘{title}’{/if}{#else}Je vacature{#if title} ‘{title}’{/if} past bij een nieuwe kandidaat van {who}{/if}")
    String note_match(String who, String kind, String title);

    @Message("{#if others == 0}{who} droeg iemand aan voor je vacature{#else if others == 1}{who} en 1 ander droegen iemand aan voor je vacature{#else}{who} en {others} anderen droegen iemand aan voor je vacature{/if}")
    String note_referral(String who, int others);

    @Message("Passend werk")
    String matches();

    @Message("Vacatures die passen bij ‘{title}’")
    String matches_for_candidate(String title);

    @Message("Kandidaten die passen bij ‘{title}’")
    String matches_for_vacancy(String title);

    @Message("Open vacatures met minstens één gedeelde vaardigheid in een regio die past, de beste eerst.")
    String matches_intro_candidate();

    @Message("Beschikbare kandidaten met minstens één gedeelde vaardigheid in een regio die past, de beste eerst.")
    String matches_intro_vacancy();

    @Message("Terug naar de kandidaat")
    String matches_back_candidate();

    @Message("Terug naar de vacature")
    String matches_back_vacancy();

    @Message("Er past nog geen open vacature bij deze kandidaat.")
    String matches_none_candidate();

    @Message("Er past nog geen beschikbare kandidaat bij deze vacature.")
    String matches_none_vacancy();

    @Message("Alleen recruiters zien welke kandidaten en vacatures bij elkaar passen.")
    String matches_recruiters_only();

    @Message("Deze kandidaat bestaat niet, of je mag die niet zien.")
    String matches_candidate_missing();

    @Message("Deze vacature bestaat niet, of je mag die niet zien.")
    String matches_vacancy_missing();

    @Message("Gedeelde vaardigheden")
    String match_shared_skills();

    @Message("regio")
    String match_region();

    @Message("zelfde regio")
    String match_region_same();

    @Message("zelfde provincie")
    String match_region_province();

    @Message("op afstand")
    String match_region_remote();

    @Message("Alle vaardigheden")
    String match_all_skills();

    @Message("{hours} uur per week")
    String match_hours(int hours);

    @Message("van {name}")
    String match_by(String name);

    @Message("‘{title}’ voorstellen voor deze vacature")
    String match_propose(String title);

    // Candidates (issue 16): the board, the offer form and the candidate page.

    @Message("Kandidaten")
    String cand_nav();

    @Message("Toegang tot de persoonsgegevens")
    String cand_access();

    @Message("Collega-recruiters met toegang zien naam, e-mail en telefoon van deze kandidaat.")
    String cand_access_help();

    @Message("Elke regio")
    String cand_any_region();

    @Message("Beschikbaar vóór of op")
    String cand_available_before();

    @Message("beschikbaar vanaf {date}")
    String cand_available_from(String date);

    @Message("Beschikbaar vanaf")
    String cand_available_from_label();

    @Message("Terug naar de kandidaten")
    String cand_back_to_board();

    @Message("Kandidaten")
    String cand_board();

    @Message("Kandidaten die collega's aanbieden, zonder persoonsgegevens. Zoek op vaardigheid, regio en beschikbaarheid.")
    String cand_board_intro();

    @Message("Steden")
    String cand_cities();

    @Message("Klant")
    String cand_client();

    @Message("Toestemming")
    String cand_consent();

    @Message("De kandidaat gaf toestemming om aangeboden te worden")
    String cand_consent_given();

    @Message("Geïnformeerd op")
    String cand_consent_informed_at();

    @Message("niet gegeven")
    String cand_consent_no();

    @Message("gegeven")
    String cand_consent_yes();

    @Message("Soort contract")
    String cand_contract_types();

    @Message("freelance")
    String cand_ct_freelance();

    @Message("interim")
    String cand_ct_interim();

    @Message("vast dienstverband")
    String cand_ct_permanent();

    @Message("detachering")
    String cand_ct_secondment();

    @Message("Deze persoon wordt al aangeboden door {owner}.")
    String cand_duplicate(String owner);

    @Message("Bekijk dat aanbod")
    String cand_duplicate_link();

    @Message("Geef een datum van vandaag of later.")
    String cand_err_available_from();

    @Message("Kies een klant uit de lijst, of laat het leeg.")
    String cand_err_client();

    @Message("Kies minstens één soort contract.")
    String cand_err_contract_types();

    @Message("Geef een datum (jjjj-mm-dd).")
    String cand_err_date();

    @Message("Dit is geen geldig e-mailadres.")
    String cand_err_email();

    @Message("Alleen actieve recruiters kunnen toegang krijgen: controleer de gebruikersnaam.")
    String cand_err_grant();

    @Message("Kies een groep waar je in zit.")
    String cand_err_group();

    @Message("Geef een heel aantal uren van 1 tot 60.")
    String cand_err_hours();

    @Message("Je kunt geen interesse tonen in je eigen kandidaat.")
    String cand_err_interest();

    @Message("Noem de kandidaat hier niet: naam, e-mail en telefoon staan alleen bij de persoonsgegevens.")
    String cand_err_names_person();

    @Message("Schrijf een korte toelichting (tot 1.000 tekens).")
    String cand_err_note();

    @Message("Geef de naam van de kandidaat.")
    String cand_err_person_name();

    @Message("Geef een telefoonnummer van 8 tot 15 cijfers, met alleen spaties, streepjes en een + vooraan.")
    String cand_err_phone();

    @Message("Geef een uurtarief in hele euro's van 1 tot 10.000.")
    String cand_err_rate();

    @Message("Kies een regio uit de lijst.")
    String cand_err_region();

    @Message("Geef vaardigheden gescheiden door komma's: letters, cijfers, spaties en + # . / & ' -.")
    String cand_err_skills();

    @Message("Deze status kan niet volgen op de huidige.")
    String cand_err_status();

    @Message("Geef een samenvatting van 1 tot 2.000 tekens.")
    String cand_err_summary();

    @Message("Geef een titel van 1 tot 120 tekens op één regel.")
    String cand_err_title();

    @Message("Kies een vacature van jezelf, of geen.")
    String cand_err_vacancy();

    @Message("Aanbod verloopt op")
    String cand_expires();

    @Message("Verlengen met vier weken")
    String cand_extend();

    @Message("Filteren")
    String cand_filter();

    @Message("Vaardigheden")
    String cand_filter_skill();

    @Message("Dit aanbod is afgerond.")
    String cand_final();

    @Message("Niet alles is goed ingevuld: zie de meldingen bij de velden.")
    String cand_form_has_errors();

    @Message("Toegang geven")
    String cand_grant();

    @Message("Gebruikersnaam van een collega-recruiter")
    String cand_grant_label();

    @Message("Groep")
    String cand_group();

    @Message("{hours} uur per week")
    String cand_hours(int hours);

    @Message("Uren per week")
    String cand_hours_label();

    @Message("Ik heb een baan voor deze kandidaat")
    String cand_interest_button();

    @Message("Toelichting voor de recruiter")
    String cand_interest_note();

    @Message("Interesse tonen")
    String cand_interest_title();

    @Message("Voor mijn vacature (optioneel)")
    String cand_interest_vacancy();

    @Message("Interesse van collega's")
    String cand_interests();

    @Message("Junior")
    String cand_junior();

    @Message("Lead")
    String cand_lead();

    @Message("Passende vacatures")
    String cand_matches();

    @Message("Medior")
    String cand_medior();

    @Message("Meer kandidaten")
    String cand_more();

    @Message("Status")
    String cand_new_status();

    @Message("Nog niemand anders heeft toegang.")
    String cand_no_access();

    @Message("Nog geen interesse.")
    String cand_no_interests();

    @Message("Geen kandidaten gevonden.")
    String cand_none();

    @Message("Kandidaat aanbieden")
    String cand_offer();

    @Message("Collega's zien alleen het anonieme profiel; de persoonsgegevens zie jij en wie jij toegang geeft.")
    String cand_offer_intro();

    @Message("Aanbieden")
    String cand_offer_submit();

    @Message("aangeboden door {name}")
    String cand_offered_by(String name);

    @Message("Persoonsgegevens")
    String cand_person();

    @Message("E-mailadres (optioneel)")
    String cand_person_email();

    @Message("Alleen voor jou en collega's aan wie je toegang geeft; nooit in berichten, meldingen of e-mails.")
    String cand_person_help();

    @Message("Naam")
    String cand_person_name();

    @Message("Telefoon (optioneel)")
    String cand_person_phone();

    @Message("Vertrouwelijk: alleen zichtbaar voor de aanbieder en wie toegang kreeg.")
    String cand_person_private();

    @Message("Let op: een collega biedt misschien dezelfde persoon aan (gelijkende naam, zelfde regio).")
    String cand_possible_duplicates();

    @Message("Anoniem profiel")
    String cand_profile();

    @Message("Dit zien collega's. Noem hier geen naam, e-mail of telefoon.")
    String cand_profile_help();

    @Message("Provincies")
    String cand_provinces();

    @Message("Uurtarief in euro's (optioneel)")
    String cand_rate_label();

    @Message("Alleen recruiters kunnen kandidaten aanbieden.")
    String cand_recruiters_only();

    @Message("Regio")
    String cand_region();

    @Message("Op afstand")
    String cand_remote();

    @Message("Toegang intrekken: {username}")
    String cand_revoke(String username);

    @Message("Senior")
    String cand_senior();

    @Message("Niveau")
    String cand_seniority();

    @Message("Vaardigheden")
    String cand_skills();

    @Message("Gescheiden door komma's, bijvoorbeeld: java, spring, scrum")
    String cand_skills_help();

    @Message("Status")
    String cand_status();

    @Message("Beschikbaar")
    String cand_status_available();

    @Message("In procedure")
    String cand_status_in_process();

    @Message("Geplaatst")
    String cand_status_placed();

    @Message("Teruggetrokken")
    String cand_status_withdrawn();

    @Message("Samenvatting")
    String cand_summary();

    @Message("Naar het bericht en de reacties")
    String cand_thread();

    @Message("Titel")
    String cand_title();

    @Message("Klant, sector en groep")
    String cand_where();

    @Message("Woorden")
    String cand_words();

    @Message("Een aanbod in een besloten groep")
    String cand_hidden_offer();

    // Vacancies, proposals and referrals (issue 16)

    @Message("Vacatures")
    String vacancies();

    @Message("Vacature plaatsen")
    String vacancy_new();

    @Message("Klant")
    String vacancy_client();

    @Message("Alle klanten")
    String vacancy_all_clients();

    @Message("Vaardigheid")
    String vacancy_skill();

    @Message("Regio")
    String vacancy_region();

    @Message("Alle regio's")
    String vacancy_all_regions();

    @Message("Status")
    String vacancy_status();

    @Message("Filteren")
    String vacancy_filter();

    @Message("{hours} uur per week")
    String vacancy_hours(int hours);

    @Message("€ {rate} per uur")
    String vacancy_rate(int rate);

    @Message("Geen vacatures gevonden.")
    String vacancy_none();

    @Message("Oudere vacatures")
    String vacancy_more();

    @Message("Open")
    String vacancy_status_open();

    @Message("In de wacht")
    String vacancy_status_on_hold();

    @Message("Vervuld")
    String vacancy_status_filled();

    @Message("Gesloten")
    String vacancy_status_closed();

    @Message("Interim")
    String contract_interim();

    @Message("Vast")
    String contract_permanent();

    @Message("Detachering")
    String contract_secondment();

    @Message("Freelance")
    String contract_freelance();

    @Message("Provincies")
    String region_provinces();

    @Message("Steden")
    String region_cities();

    @Message("Op afstand")
    String region_remote();

    @Message("Alleen recruiters plaatsen vacatures en stellen kandidaten voor.")
    String vacancy_recruiters_only();

    @Message("Terug naar de vacatures")
    String vacancy_back();

    @Message("De vacature is niet geplaatst: verbeter de gemarkeerde velden.")
    String vacancy_form_refused();

    @Message("Titel")
    String vacancy_title();

    @Message("Omschrijving")
    String vacancy_description();

    @Message("Vaardigheden")
    String vacancy_skills();

    @Message("Gescheiden door komma's, bijvoorbeeld: java, sql, scrum")
    String vacancy_skills_hint();

    @Message("Uren per week")
    String vacancy_hours_label();

    @Message("Soort contract")
    String vacancy_contract();

    @Message("Tarief in euro per uur (optioneel)")
    String vacancy_rate_label();

    @Message("Vacature plaatsen")
    String vacancy_publish();

    @Message("Kies een klant uit de klantenlijst die niet gearchiveerd of samengevoegd is.")
    String vac_err_clientId();

    @Message("Geef een titel van 1 tot 120 tekens op één regel.")
    String vac_err_title();

    @Message("Geef een omschrijving van 1 tot 5000 tekens.")
    String vac_err_description();

    @Message("Geef 1 tot 30 vaardigheden, elk hoogstens 40 letters, cijfers, spaties of + # . / & ' -.")
    String vac_err_skills();

    @Message("Kies een regio uit de lijst.")
    String vac_err_region();

    @Message("Geef een heel aantal uren van 1 tot 60.")
    String vac_err_hoursPerWeek();

    @Message("Kies interim, vast, detachering of freelance.")
    String vac_err_contractType();

    @Message("Geef een tarief in hele euro's van 1 tot 10000, of laat het leeg.")
    String vac_err_rate();

    @Message("Kies een groep waarin je kunt plaatsen, of geen groep.")
    String vac_err_groupId();

    @Message("Kies open, in de wacht, vervuld of gesloten.")
    String vac_err_status();

    @Message("Groep")
    String vacancy_group();

    @Message("Geplaatst door")
    String vacancy_owner();

    @Message("Bericht en reacties")
    String vacancy_post_link();

    @Message("Passende kandidaten")
    String vacancy_matches_link();

    @Message("De status is opgeslagen.")
    String vacancy_status_saved();

    @Message("Status wijzigen")
    String vacancy_change_status();

    @Message("Status opslaan")
    String vacancy_save_status();

    @Message("Voorstellen")
    String proposals();

    @Message("De kandidaat is voorgesteld.")
    String proposal_done();

    @Message("Een kandidaat die je niet kunt zien")
    String proposal_candidate_hidden();

    @Message("door {by} op {date}")
    String proposal_by(String by, String date);

    @Message("Status van het voorstel")
    String proposal_change_status();

    @Message("Opslaan")
    String proposal_save_status();

    @Message("Nog geen voorstellen.")
    String proposals_none();

    @Message("Kandidaat voorstellen")
    String proposal_pick();

    @Message("{by} stelde deze kandidaat op {date} al voor aan {client}.")
    String proposal_already(String by, String date, String client);

    @Message("Voorstellen")
    String proposal_submit();

    @Message("Voorgesteld")
    String proposal_status_proposed();

    @Message("Gesprek")
    String proposal_status_interview();

    @Message("Aangenomen")
    String proposal_status_hired();

    @Message("Afgewezen")
    String proposal_status_rejected();

    @Message("Ken je iemand?")
    String referral_heading();

    @Message("Bedankt! De eigenaar van de vacature krijgt bericht.")
    String referral_done();

    @Message("Draag iemand uit je netwerk voor. Alleen de eigenaar van de vacature ziet wie het is.")
    String referral_intro();

    @Message("Naam")
    String referral_name();

    @Message("E-mailadres (optioneel)")
    String referral_email();

    @Message("Waarom past deze persoon?")
    String referral_note();

    @Message("Geef een naam van 1 tot 120 tekens op één regel.")
    String ref_err_name();

    @Message("Geef een geldig e-mailadres, of laat het leeg.")
    String ref_err_email();

    @Message("Schrijf in 1 tot 2000 tekens waarom deze persoon past.")
    String ref_err_note();

    @Message("Voordragen")
    String referral_submit();

    @Message("Deze vacature neemt geen voordrachten meer aan.")
    String referral_closed();

    @Message("Voordrachten")
    String referrals();

    @Message("voorgedragen door {name}")
    String referral_by(String name);

    @Message("De status kon niet veranderen: een vervulde of gesloten vacature blijft dat, en alleen de eigenaar of een beheerder verandert hem.")
    String vacancy_status_refused();

    @Message("Het voorstel kon niet naar die status: het gaat van voorgesteld naar gesprek en dan naar aangenomen of afgewezen, en alleen wie het voorstelde of de eigenaar van de vacature of de kandidaat verandert het.")
    String proposal_status_refused();

    @Message("Kies een beschikbare of lopende kandidaat die je kunt zien.")
    String prop_err_candidate();

    @Message("Deze vacature staat niet open: ze neemt geen voorstellen aan.")
    String prop_err_vacancy();

    @Message("Privacy")
    String role_privacy();

    @Message("{#if kind == 'vacancy'}Wie is aangedragen voor je vacature{#if title} ‘{title}’{/if} wordt op {day} geanonimiseerd{#else}De persoonsgegevens van je kandidaat{#if title} ‘{title}’{/if} worden op {day} geanonimiseerd{/if}")
    String note_retention(String kind, String title, String day);

    @Message("Hoe geïnformeerd")
    String consent_informed_how();

    @Message("Bron")
    String consent_source();

    @Message("per e-mail")
    String consent_how_email();

    @Message("telefonisch")
    String consent_how_phone();

    @Message("persoonlijk")
    String consent_how_in_person();

    @Message("per brief")
    String consent_how_letter();

    @Message("anders")
    String consent_how_other();

    @Message("eigen netwerk")
    String consent_source_own_network();

    @Message("vacaturesite")
    String consent_source_job_board();

    @Message("aangedragen")
    String consent_source_referral();

    @Message("LinkedIn")
    String consent_source_linkedin();

    @Message("website")
    String consent_source_website();

    @Message("anders")
    String consent_source_other();

    @Message("Geef de datum waarop de persoon is geïnformeerd (niet in de toekomst).")
    String consent_err_informed_at();

    @Message("Kies hoe de persoon is geïnformeerd.")
    String consent_err_informed_how();

    @Message("Kies waar de persoon vandaan komt.")
    String consent_err_source();

    @Message("Geanonimiseerd op {day}")
    String person_anonymised(String day);

    @Message("Bewaartermijn")
    String retention_title();

    @Message("De persoonsgegevens worden op {day} geanonimiseerd; het anonieme profiel en het gesprek blijven.")
    String retention_due(String day);

    @Message("De persoonsgegevens blijven bewaard zolang het aanbod loopt.")
    String retention_open();

    @Message("Een juridische bewaarplicht houdt het anonimiseren tegen.")
    String retention_held();

    @Message("Gaf de persoon opnieuw toestemming? Dan blijven de gegevens een jaar vanaf die datum bewaard.")
    String retention_extend_help();

    @Message("Verlengen met nieuwe toestemming")
    String retention_extend();

    @Message("Geef een datum (niet in de toekomst) en hoe de persoon is geïnformeerd.")
    String retention_err();

    @Message("Deze persoon gaf toestemming om aangedragen te worden")
    String referral_consent_given();

    // Attachments: the composer's file input and the files listed on a post; a candidate's CV.
    @Message("Bestanden toevoegen")
    String composer_files();

    @Message("Hoogstens {max} bestanden van elk hoogstens {size}. Bij een fout kies je ze opnieuw.")
    String composer_files_hint(int max, String size);

    @Message("Bijlagen")
    String attachments();

    @Message("Download {name}")
    String attachment_download(String name);

    @Message("cv")
    String cv();

    @Message("Geen cv opgeslagen.")
    String cv_none();

    @Message("Het cv is persoonsgegevens: alleen wie de persoon mag zien, kan het openen, en elke keer wordt vastgelegd.")
    String cv_help();

    @Message("Cv uploaden")
    String cv_upload();

    @Message("Cv vervangen")
    String cv_replace();

    @Message("Cv verwijderen")
    String cv_delete();

    @Message("Kies een bestand van hoogstens {size}.")
    String cv_hint(String size);

    @Message("Het cv is niet opgeslagen: kies één bestand van hoogstens {size} dat niet leeg is.")
    String cv_err(String size);
}
