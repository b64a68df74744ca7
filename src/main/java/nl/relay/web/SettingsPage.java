package nl.relay.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.relay.accounts.ChangePassword;
import nl.relay.accounts.ClientAddress;
import nl.relay.accounts.PasswordChange;
import nl.relay.platform.ControlCharacters;
import nl.relay.platform.Problem;
import nl.relay.platform.ProblemException;
import nl.relay.platform.RequestLanguage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** My settings: the password (the language follows the browser until preferences arrive). */
@Path("/settings")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance settings(String lang, boolean done, List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final ChangePassword changePassword;
    private final RequestLanguage language;

    SettingsPage(PageSession session, ChangePassword changePassword, RequestLanguage language) {
        this.session = session;
        this.changePassword = changePassword;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response settings() {
        return session.signedIn(reader -> {
            return Response.ok(page(false, List.of())).build();
        });
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
                return Response.status(422).entity(page(false, List.of(new Problem.FieldError("password",
                        "must not contain control characters")))).build();
            }
            try {
                changePassword.change(reader, new PasswordChange(currentPassword, newPassword),
                        ClientAddress.of(http));
                return Response.ok(page(true, List.of())).build();
            } catch (ProblemException e) {
                List<Problem.FieldError> errors = e.errors().isEmpty()
                        ? List.of(new Problem.FieldError("password", e.getMessage()))
                        : e.errors();
                return Response.status(e.status()).entity(page(false, errors)).build();
            }
        });
    }

    private TemplateInstance page(boolean done, List<Problem.FieldError> errors) {
        return Templates.settings(language.code(), done, errors).setLocale(language.locale());
    }
}
