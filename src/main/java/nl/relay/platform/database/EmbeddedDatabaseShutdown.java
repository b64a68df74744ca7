package nl.relay.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Stops the embedded PostgreSQL after everything else has observed the shutdown, and tells the
 * database's exit hook that the application will do so.
 */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

    void started(@Observes StartupEvent event) {
        EmbeddedDatabase.applicationStarted();
    }

    void stop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        EmbeddedDatabase.stopIfRunning();
    }
}
