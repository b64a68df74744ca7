package nl.relay.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An SMTP conversation typed by hand over a plain socket, for what a well-behaved client never sends (an oversized
 * mail without SIZE, MAIL FROM:&lt;&gt;, a declared SIZE too large). Each call answers the server's whole reply.
 */
public final class SmtpDialogue implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private SmtpDialogue(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Connects to the port and reads the greeting (220). */
    public static SmtpDialogue open(int port) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            SmtpDialogue dialogue = new SmtpDialogue(socket);
            String greeting = dialogue.reply();
            if (!greeting.startsWith("220")) {
                throw new IllegalStateException("no greeting: " + greeting);
            }
            return dialogue;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends one command line and answers the reply (all its lines, joined by newlines). */
    public String command(String line) {
        try {
            write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (UncheckedIOException e) {
            return "(connection closed: " + e.getMessage() + ")";
        }
        return reply();
    }

    /**
     * Sends DATA, then the message (CRLF line ends expected; lines starting with a dot are stuffed) and the final
     * dot, and answers the reply to the message (or the refusal of DATA itself).
     */
    public String data(byte[] message) {
        String go = command("DATA");
        if (!go.startsWith("354")) {
            return go;
        }
        ByteArrayOutputStream stuffed = new ByteArrayOutputStream(message.length + 16);
        boolean lineStart = true;
        for (byte b : message) {
            if (lineStart && b == '.') {
                stuffed.write('.');
            }
            stuffed.write(b);
            lineStart = b == '\n';
        }
        if (!lineStart) {
            stuffed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        stuffed.writeBytes(".\r\n".getBytes(StandardCharsets.US_ASCII));
        try {
            write(stuffed.toByteArray());
        } catch (UncheckedIOException e) {
            // The server stopped listening mid-message (a client sending far too much): its last word, if any.
            return reply();
        }
        return reply();
    }

    /** The server's next reply: every line up to the one whose code is followed by a space. */
    public String reply() {
        StringBuilder reply = new StringBuilder();
        try {
            while (true) {
                String line = line();
                if (line == null) {
                    return reply.isEmpty() ? "(connection closed)" : reply.toString();
                }
                if (!reply.isEmpty()) {
                    reply.append('\n');
                }
                reply.append(line);
                if (line.length() < 4 || line.charAt(3) == ' ') {
                    return reply.toString();
                }
            }
        } catch (IOException e) {
            return reply.isEmpty() ? "(connection closed: " + e.getMessage() + ")" : reply.toString();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    private void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
