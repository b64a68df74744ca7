package nl.relay.platform.database;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running on Relay's data directory by a JVM that was killed before it could
 * stop it. The server keeps its postmaster.pid, so a new one would refuse to start there; it is found
 * through that file and shut down cleanly first.
 */
final class EmbeddedDatabaseOrphan {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseOrphan.class);
    private static final int SHUTDOWN_SECONDS = 60;

    private EmbeddedDatabaseOrphan() {
    }

    /**
     * Call only while holding the directory's {@link EmbeddedDatabaseLock}: then a server found here has
     * no live Relay behind it, unless one from before that lock, which the library's own lock betrays.
     */
    static void stopIfRunning(Path databaseDirectory) throws IOException {
        Optional<ProcessHandle> orphan = serverNamedIn(databaseDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        if (lockedByALiveJvm(databaseDirectory)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + databaseDirectory + " (process " + pid
                    + ") is in use by another Relay that does not lock the data directory (an older version?);"
                    + " stop that one first");
        }
        LOG.warnf("An embedded PostgreSQL (process %d) still runs on %s without the Relay that started it;"
                + " stopping it", pid, databaseDirectory);
        shutDown(orphan.get(), databaseDirectory);
        LOG.infof("Stopped the orphaned embedded PostgreSQL (process %d) cleanly", pid);
    }

    private static Optional<ProcessHandle> serverNamedIn(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> isServerFor(process, directory));
    }

    /**
     * After a reboot the number in a stale postmaster.pid may belong to an unrelated process; only a
     * postgres started on this very directory counts. A stale file is PostgreSQL's own business.
     */
    private static boolean isServerFor(ProcessHandle process, Path directory) {
        boolean postgres = executable(process).map(file -> file.getFileName().toString())
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
        int option = arguments.indexOf("-D");
        return postgres && option >= 0 && option + 1 < arguments.size()
                && sameFile(Path.of(arguments.get(option + 1)), directory);
    }

    /**
     * The library locks epg-lock in the server's directory for as long as the JVM that started the
     * server lives, in Relay versions from before {@link EmbeddedDatabaseLock} too.
     */
    private static boolean lockedByALiveJvm(Path directory) throws IOException {
        Path file = directory.resolve("epg-lock");
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    /**
     * A fast shutdown, as pg_ctl does it: sessions are ended, a checkpoint is written, nothing committed
     * is lost. The pg_ctl next to the orphan's own executable matches its version.
     */
    private static void shutDown(ProcessHandle orphan, Path directory) throws IOException {
        Optional<Path> pgCtl = executable(orphan).map(postgres -> postgres.resolveSibling(
                postgres.getFileName().toString().replace("postgres", "pg_ctl"))).filter(Files::isExecutable);
        if (pgCtl.isPresent()) {
            runPgCtlStop(pgCtl.get(), directory);
        } else {
            // Its binaries are gone. SIGTERM asks for a smart shutdown, which waits for open sessions;
            // the killed Relay's sessions died with it.
            orphan.destroy();
        }
        try {
            orphan.onExit().get(SHUTDOWN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IOException("The orphaned embedded PostgreSQL (process " + orphan.pid() + ") did not stop within "
                    + SHUTDOWN_SECONDS + " s; stop it yourself (pg_ctl stop -D " + directory + " -m fast) and start"
                    + " Relay again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the orphaned embedded PostgreSQL stopped", e);
        }
    }

    private static void runPgCtlStop(Path pgCtl, Path directory) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // Started by root, the library runs PostgreSQL in a user namespace, as its tools refuse root.
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "stop", "-D", directory.toString(), "-m", "fast", "-w", "-t",
                Integer.toString(SHUTDOWN_SECONDS)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                .replace(System.lineSeparator(), " ");
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while pg_ctl stopped the orphaned embedded PostgreSQL", e);
        }
        LOG.infof("pg_ctl stop (exit %d): %s", process.exitValue(), output);
    }

    private static Optional<Path> executable(ProcessHandle process) {
        // Linux names a deleted executable "<path> (deleted)".
        return process.info().command().map(command -> Path.of(command.replace(" (deleted)", "")));
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
