package nl.relay.web.people;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.relay.accounts.ChangePassword;
import nl.relay.accounts.PasswordChange;
import nl.relay.accounts.signin.ClientAddress;
import nl.relay.mailin.intake.PersonalMailAddresses;
import nl.relay.mailin.intake.PersonalMailAddresses.MailAddresses;
import nl.relay.mailinglist.MailSubscriptions;
import nl.relay.mailinglist.MailingListChoices;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.PathIds;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.posts.PostText;
import nl.relay.preferences.AccountPreferences;
import nl.relay.preferences.Preferences;
import nl.relay.preferences.PreferencesChange;
import nl.relay.web.Cookies;
import nl.relay.web.PageSession;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * My settings: the password, the language of the pages and emails, how notifications reach me by email, which
 * of my groups and followed topics send me every post by mail (mailing-list mode), and my access tokens for scripts.
 */
@Path("/settings")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance settings(String lang, String saved, Preferences preferences,
                MailingListChoices mailing, MailAddresses mailIn, List<Problem.FieldError> errors,
                AccessTokenSettings.Section tokens);
    }

    private final PageSession session;
    private final ChangePassword changePassword;
    private final RequestLanguage language;
    private final AccountPreferences preferences;
    private final Cookies cookies;
    private final MailSubscriptions mailing;
    private final PersonalMailAddresses mailAddresses;
    private final AccessTokenSettings tokens;

    SettingsPage(PageSession session, ChangePassword changePassword, RequestLanguage language,
            AccountPreferences preferences, Cookies cookies, MailSubscriptions mailing,
            PersonalMailAddresses mailAddresses, AccessTokenSettings tokens) {
        this.session = session;
        this.changePassword = changePassword;
        this.language = language;
        this.preferences = preferences;
        this.cookies = cookies;
        this.mailing = mailing;
        this.mailAddresses = mailAddresses;
        this.tokens = tokens;
    }

    @GET
    @Operation(hidden = true)
    public Response settings(@QueryParam("saved") String saved) {
        String notice = saved != null
                && Set.of("language", "email", "mailing-list", "mail-addresses", "tokens").contains(saved)
                        ? saved
                        : null;
        return session.signedIn(reader -> Response.ok(page(reader, notice, List.of())).build());
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response password(@FormParam("currentPassword") String current, @FormParam("newPassword") String next,
            @Context HttpServerRequest http) {
        return session.signedIn(reader -> {
            String currentPassword = ControlCharacters.clean(current);
            String newPassword = ControlCharacters.clean(next);
            if (currentPassword == null || newPassword == null) {
                return Response.status(422).entity(page(reader, null, List.of(new Problem.FieldError("password",
                        "must not contain control characters")))).build();
            }
            try {
                changePassword.change(reader, new PasswordChange(currentPassword, newPassword),
                        ClientAddress.of(http));
                return Response.ok(page(reader, "password", List.of())).build();
            } catch (ProblemException e) {
                List<Problem.FieldError> errors = e.errors().isEmpty()
                        ? List.of(new Problem.FieldError("password", e.getMessage()))
                        : e.errors();
                return Response.status(e.status()).entity(page(reader, null, errors)).build();
            }
        });
    }

    /** The language for the pages and emails: "nl", "en", or anything else to follow the browser. */
    @POST
    @Path("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response language(@FormParam("language") String choice) {
        return session.signedIn(reader -> {
            String chosen = RequestLanguage.supported(choice);
            preferences.change(reader, PreferencesChange.language(chosen));
            return Response.seeOther(URI.create("/settings?saved=language")).cookie(cookies.language(chosen))
                    .build();
        });
    }

    /** How notifications reach me by email: instant, digest or off, and a daily or weekly digest. */
    @POST
    @Path("/email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response email(@FormParam("email") String email, @FormParam("digest") String digest) {
        return session.signedIn(reader -> {
            PreferencesChange change = new PreferencesChange();
            change.setEmail(ControlCharacters.clean(email));
            change.setDigest(ControlCharacters.clean(digest));
            try {
                preferences.change(reader, change);
            } catch (ProblemException e) {
                return Response.status(e.status()).entity(page(reader, null, e.errors())).build();
            }
            return Response.seeOther(URI.create("/settings?saved=email")).build();
        });
    }

    /** Which of my groups and followed topics send me every post by mail: the ticked ones. */
    @POST
    @Path("/mailing-list")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response mailingList(@FormParam("group") List<String> groups, @FormParam("topic") List<String> topics) {
        return session.signedIn(reader -> {
            Set<Long> groupIds = groups == null
                    ? Set.of()
                    : groups.stream().map(SettingsPage::groupId)
                            .flatMap(Optional::stream).collect(Collectors.toSet());
            Set<String> topicNames = topics == null
                    ? Set.of()
                    : topics.stream().map(ControlCharacters::clean)
                            .filter(Objects::nonNull).map(PostText::normaliseTopic).flatMap(Optional::stream)
                            .collect(Collectors.toSet());
            mailing.choose(reader, groupIds, topicNames);
            return Response.seeOther(URI.create("/settings?saved=mailing-list")).build();
        });
    }

    /** A secret address to post by mail, the first or a new one; an old one stops working. */
    @POST
    @Path("/mail-addresses/renew")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response renewMailAddress() {
        return session.signedIn(reader -> {
            mailAddresses.renew(reader);
            return Response.seeOther(URI.create("/settings?saved=mail-addresses#mail-addresses")).build();
        });
    }

    /** A new access token: shown on the answer, this once (never in a redirect or a later page). */
    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response createToken(@FormParam("name") String name, @FormParam("scope") List<String> scopes,
            @FormParam("lastDay") String lastDay) {
        return session.signedIn(reader -> {
            AccessTokenSettings.Outcome outcome = tokens.create(reader, ControlCharacters.clean(name), scopes,
                    lastDay);
            return Response.status(outcome.status()).header("Cache-Control", "no-store")
                    .entity(page(reader, null, List.of(), outcome.section())).build();
        });
    }

    @POST
    @Path("/tokens/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response revokeToken(@PathParam("id") String id) {
        return session.signedIn(reader -> {
            try {
                tokens.revoke(reader, PathIds.parse(id, () -> new NotFound("There is no such access token.")));
            } catch (NotFound gone) {
                // Not theirs, or no token at all: nothing to revoke; the list shows what there is.
            }
            return Response.seeOther(URI.create("/settings?saved=tokens#tokens")).build();
        });
    }

    private static Optional<Long> groupId(String raw) {
        try {
            return Optional.of(Long.parseLong(raw == null ? "" : raw.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private TemplateInstance page(long reader, String saved, List<Problem.FieldError> errors) {
        return page(reader, saved, errors, tokens.of(reader));
    }

    private TemplateInstance page(long reader, String saved, List<Problem.FieldError> errors,
            AccessTokenSettings.Section tokenSection) {
        return Templates.settings(language.code(), saved, preferences.of(reader), mailing.choices(reader),
                mailAddresses.of(reader).orElse(null), errors, tokenSection).setLocale(language.locale());
    }
}
