package nl.relay.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that takes a mail's sender and recipients and then, asked for the mail itself (DATA), says nothing
 * more: a send to it hangs until Relay's send timeout. It takes the place of {@link MailServer} on its port while
 * open; closing it ends every conversation and brings the real one back.
 */
public final class StallingMailServer implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> conversations = new CopyOnWriteArrayList<>();
    /** The recipients of the conversations that are waiting at DATA now. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    private StallingMailServer(ServerSocket listener) {
        this.listener = listener;
        Thread.ofPlatform().daemon().name("stalling-mail-server").start(this::accept);
    }

    /** Takes the mail server down and listens on its port instead. */
    public static StallingMailServer open() throws IOException {
        MailServer.down();
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), MailServer.port()));
        return new StallingMailServer(listener);
    }

    /** Whether a mail to this address is being handed over now, and waits for the server. */
    public boolean holds(String address) {
        return held.contains(address.toLowerCase(Locale.ROOT));
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                conversations.add(socket);
                Thread.ofPlatform().daemon().name("stalling-mail-conversation").start(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Greets, says yes to everything up to DATA, and then nothing until the client or {@link #close} ends it. */
    private void converse(Socket socket) {
        List<String> recipients = new CopyOnWriteArrayList<>();
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            say(out, "220 stalling.test ESMTP");
            for (String line; (line = in.readLine()) != null;) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("DATA")) {
                    held.addAll(recipients);
                    while (in.readLine() != null) {
                        // nothing is answered: the client waits for "354"
                    }
                    return;
                }
                if (command.startsWith("RCPT TO:")) {
                    recipients.add(line.substring(8).replaceAll("[<>\\s]", "").toLowerCase(Locale.ROOT));
                }
                if (command.startsWith("QUIT")) {
                    say(out, "221 bye");
                    return;
                }
                say(out, "250 OK");
            }
        } catch (IOException e) {
            // the conversation ended
        } finally {
            held.removeAll(recipients);
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Ends every conversation (each waiting send fails at once) and brings the real mail server back. Each is reset
     * rather than closed, so no closed connection lingers on the port (TIME_WAIT) and keeps the mail server from it.
     */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : conversations) {
            try {
                socket.setSoLinger(true, 0);
            } catch (java.net.SocketException closedAlready) {
                // the client ended it first: nothing lingers on this side
            }
            socket.close();
        }
        Wait.until(() -> {
            try {
                MailServer.up();
                return true;
            } catch (IllegalStateException portStillTaken) {
                return false;
            }
        });
    }
}
