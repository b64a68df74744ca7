package nl.relay.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * What the embedded database wrote while fsync was off (in a run that was not durable, or before
 * Relay turned fsync on) may still sit in the operating system's cache; PostgreSQL's own flushes cover
 * only what it writes from then on. So before the first durable start after such a run, every file of
 * the database is flushed once, as PostgreSQL's documentation asks when fsync is turned back on.
 * {@code <data-dir>/postgres-durable} records that the files have been flushed since fsync was last off.
 */
final class EmbeddedDatabaseFlush {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseFlush.class);

    private EmbeddedDatabaseFlush() {
    }

    /** Call before the server starts, with the server's directory. */
    static void beforeStart(Path databaseDirectory, boolean durable) throws IOException {
        Path marker = databaseDirectory.resolveSibling("postgres-durable");
        if (!durable) {
            // Gone before the server writes anything unflushed, so a crash in between cannot hide it.
            Files.deleteIfExists(marker);
            return;
        }
        if (Files.exists(marker)) {
            return;
        }
        // A new database needs nothing: initdb flushes what it creates.
        if (Files.exists(databaseDirectory.resolve("PG_VERSION"))) {
            long started = System.nanoTime();
            int files = flushAll(databaseDirectory);
            LOG.infof("Flushed the %d files of %s to disk, written while fsync was off (%d ms)", files,
                    databaseDirectory, (System.nanoTime() - started) / 1_000_000);
        }
        Files.createFile(marker);
    }

    private static int flushAll(Path directory) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(directory)) {
            paths = walk.filter(path -> !Files.isSymbolicLink(path)).toList();
        }
        int files = 0;
        for (Path path : paths) {
            boolean isDirectory = Files.isDirectory(path);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                channel.force(true);
                files += isDirectory ? 0 : 1;
            } catch (IOException e) {
                // Windows cannot open a directory to flush it; NTFS journals directory entries itself.
                if (!isDirectory) {
                    throw e;
                }
            }
        }
        return files;
    }
}
