package nl.relay.web.alerts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import nl.relay.alerts.Alert;
import nl.relay.alerts.AlertDetails;
import nl.relay.alerts.CreateAlertOnce;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.web.FormErrors;

/**
 * The "alert me" buttons of the client, topic and person pages: each makes the reader's own alert on its subject
 * (delivered as the alerts page's form does by default: at once, in the app), or leads to the one they have.
 */
@RequestScoped
public class AlertMe {

    private final CreateAlertOnce createAlert;
    private final RequestLanguage language;
    private final AlertsPage alertsPage;

    AlertMe(CreateAlertOnce createAlert, RequestLanguage language, AlertsPage alertsPage) {
        this.createAlert = createAlert;
        this.language = language;
        this.alertsPage = alertsPage;
    }

    /** The buttons of one page for this reader: one look at their alerts, however many buttons. */
    public Buttons buttons(long reader) {
        return new Buttons(Alert.ownByQuery(reader));
    }

    /**
     * Makes the alert, or finds the reader's alert that already asks this, and goes to its page (303); when it
     * cannot be made (the reader has as many alerts as allowed), the alerts page says why, its form filled in.
     */
    public Response create(long reader, AlertSubject subject) {
        String query = subject.query(!language.isEnglish());
        AlertForm form = new AlertForm(subject.alertName(), query, "instant", true, false, "");
        try {
            Alert alert = createAlert.create(reader, form.details(), subject.queries()).alert();
            return Response.seeOther(URI.create("/alerts/" + alert.id)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(alertsPage.page(reader, form, FormErrors.of(e, "query"), null))
                    .build();
        }
    }

    /** The reader's alerts by query, so each button knows whether its alert exists. */
    public static final class Buttons {

        private final Map<String, Long> alerts;

        Buttons(Map<String, Long> alerts) {
            this.alerts = alerts;
        }

        public AlertMeButton of(AlertSubject subject) {
            Long existing = subject.queries().stream().map(alerts::get).filter(Objects::nonNull).findFirst()
                    .orElse(null);
            return new AlertMeButton(subject.kind(), subject.action(), subject.name(), existing);
        }
    }
}
