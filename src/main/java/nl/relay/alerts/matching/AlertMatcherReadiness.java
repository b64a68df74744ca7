package nl.relay.alerts.matching;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once this instance's alert matcher has loaded every alert: until then, posts would wait to be matched. */
@Readiness
@ApplicationScoped
class AlertMatcherReadiness implements HealthCheck {

    private final AlertMonitor monitor;

    AlertMatcherReadiness(AlertMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("alert matcher").status(monitor.isLoaded())
                .withData("alerts", monitor.size()).build();
    }
}
