package nl.relay.platform.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Relay's claim on a data directory: an exclusive lock on {@code <data-dir>/postgres.lock}, held for
 * the life of the JVM. The operating system lets go of it when the JVM ends in any way, kill -9
 * included, while a PostgreSQL server that JVM started may live on; so whoever holds the lock knows
 * that no other live Relay uses the directory.
 */
final class EmbeddedDatabaseLock {

    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedDatabaseLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails at once, naming the Relay that holds it. */
    static EmbeddedDatabaseLock claim(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(dataDirectory.resolve("postgres.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The data directory " + dataDirectory
                        + " is in use by another Relay" + holder(channel)
                        + "; stop that one first, or give this one a data directory of its own (RELAY_DATA_DIR)");
            }
            // The process id is only for the message above, read by a Relay that cannot get the lock.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.US_ASCII)), 0);
            return new EmbeddedDatabaseLock(channel, lock);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    void release() throws IOException {
        lock.release();
        channel.close();
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer content = ByteBuffer.allocate(32);
        channel.read(content, 0);
        String pid = new String(content.array(), 0, content.position(), StandardCharsets.US_ASCII).strip();
        return pid.isEmpty() ? "" : " (process " + pid + ")";
    }
}
