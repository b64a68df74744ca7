package nl.relay.platform.database;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Says in the log, at start, which database this instance uses. */
@ApplicationScoped
class DatabaseInUse {

    private static final Logger LOG = Logger.getLogger(DatabaseInUse.class);

    void announce(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        String kind = url.contains("localhost") && EmbeddedDatabase.isRunning() ? "embedded" : "external";
        LOG.infof("Database in use: %s PostgreSQL at %s", kind, withoutCredentials(url));
    }

    private static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
