package nl.relay.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The embedded server is created with password-less ("trust") access. Relay gives the superuser a
 * generated password, kept next to the data in {@code <data-dir>/postgres-password} (owner-only),
 * and switches the server to password authentication, so other local users cannot connect.
 */
final class EmbeddedDatabasePassword {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Pattern TRUST = Pattern.compile("(?m)\\btrust\\s*$");

    private EmbeddedDatabasePassword() {
    }

    static String forDirectory(Path databaseDirectory, boolean throwaway) throws IOException {
        if (throwaway) {
            return generate();
        }
        Path file = databaseDirectory.resolveSibling("postgres-password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        String password = generate();
        Files.writeString(file, password, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the data directory's permissions.
        }
        return password;
    }

    /** Sets the password and turns off trust authentication, if that was not done before. */
    static void require(EmbeddedPostgres postgres, Path databaseDirectory, String password) throws IOException {
        Path hba = databaseDirectory.resolve("pg_hba.conf");
        String rules = Files.readString(hba, StandardCharsets.UTF_8);
        if (!TRUST.matcher(rules).find()) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter user postgres password '" + password + "'");
            Files.writeString(hba, TRUST.matcher(rules).replaceAll("scram-sha-256"), StandardCharsets.UTF_8);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password", e);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
