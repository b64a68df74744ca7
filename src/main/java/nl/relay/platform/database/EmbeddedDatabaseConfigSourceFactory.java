package nl.relay.platform.database;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Points the datasource at an embedded PostgreSQL when none is configured. Runs while the runtime
 * configuration is assembled, so the server is up before Flyway and Hibernate start.
 */
@StaticInitSafe
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Below application.properties (250), environment (300) and system properties (400). */
    private static final int ORDINAL = 200;
    /** The configuration class Quarkus generates for the application, in every launch mode. */
    private static final String APPLICATION_CONFIG = "io.quarkus.runtime.generated.Config";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!isApplicationStarting() || isSet(context, "quarkus.datasource.jdbc.url")
                || !flag(context, "relay.embedded-database.enabled", true)) {
            return List.of();
        }
        Path dataDirectory = Path.of(value(context, "relay.data-dir", "./data"));
        boolean throwaway = flag(context, "relay.embedded-database.throwaway", false);
        int port = Integer.parseInt(value(context, "relay.embedded-database.port", "0"));
        boolean durable = flag(context, "relay.embedded-database.durable", true);
        EmbeddedDatabase database = EmbeddedDatabase.startOnce(dataDirectory, throwaway, port, durable);
        Map<String, String> datasource = Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
        return List.of(new PropertiesConfigSource(datasource, "relay-embedded-database", ORDINAL));
    }

    /**
     * Quarkus also reads configuration while it builds the application, and the test harness reads
     * it before the application starts; only the application's own configuration needs the database.
     */
    private static boolean isApplicationStarting() {
        return StackWalker.getInstance().walk(frames -> frames
                .anyMatch(frame -> frame.getClassName().equals(APPLICATION_CONFIG)));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String value(ConfigSourceContext context, String name, String fallback) {
        return isSet(context, name) ? context.getValue(name).getValue().trim() : fallback;
    }

    private static boolean flag(ConfigSourceContext context, String name, boolean fallback) {
        return Boolean.parseBoolean(value(context, name, Boolean.toString(fallback)));
    }
}
