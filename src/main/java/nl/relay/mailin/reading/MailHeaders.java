package nl.relay.mailin.reading;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.mailin.MessageIds;

/** The header fields of a mail, unfolded and decoded: addresses, ids, subject and the signs of robots and lists. */
final class MailHeaders {

    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

    private final MimeMessage message;

    MailHeaders(MimeMessage message) {
        this.message = message;
    }

    /** All values of a header field, unfolded, in the order of the mail; empty when absent. */
    List<String> all(String name) {
        String[] values;
        try {
            values = message.getHeader(name);
        } catch (MessagingException e) {
            values = null;
        }
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).map(v -> rawUtf8(MimeUtility.unfold(v)).strip()).toList();
    }

    /** The first value of a header field, unfolded; null when absent. */
    String first(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? null : values.getFirst();
    }

    boolean has(String name) {
        return !all(name).isEmpty();
    }

    String subject() {
        String subject = first("Subject");
        return subject == null ? "" : decoded(subject).replaceAll("\\s+", " ").strip();
    }

    String messageId() {
        return MessageIds.first(first("Message-ID"));
    }

    List<String> inReplyTo() {
        Set<String> ids = new LinkedHashSet<>(MessageIds.all(first("In-Reply-To")));
        all("References").forEach(value -> ids.addAll(MessageIds.all(value)));
        return List.copyOf(ids);
    }

    Optional<MailAddress> from() {
        return addresses(all("From")).stream().findFirst();
    }

    MailAddress replyTo() {
        return addresses(all("Reply-To")).stream().findFirst().orElse(null);
    }

    List<MailAddress> to() {
        return addresses(all("To"));
    }

    /** The Cc addresses that are not already among the To addresses. */
    List<MailAddress> cc() {
        Set<String> to = new LinkedHashSet<>();
        to().forEach(address -> to.add(address.address()));
        return addresses(all("Cc")).stream().filter(address -> !to.contains(address.address())).toList();
    }

    List<String> authenticationResults() {
        return all("Authentication-Results");
    }

    String contentLanguage() {
        return first("Content-Language");
    }

    /** Decodes RFC 2047 encoded-words; a word in an unknown charset stays as it is. */
    static String decoded(String text) {
        if (!text.contains("=?")) {
            return text;
        }
        try {
            return MimeUtility.decodeText(text);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            return text;
        }
    }

    /**
     * Jakarta Mail reads header bytes as ISO-8859-1; mailers that write UTF-8 straight into headers (as with SMTPUTF8)
     * then come out garbled. Such text is read again as UTF-8 when it is valid UTF-8.
     */
    static String rawUtf8(String text) {
        boolean high = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return text;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return text;
        }
    }

    /** Parses address lists leniently, flattens groups, lower-cases the addresses and drops duplicates. */
    static List<MailAddress> addresses(List<String> values) {
        Map<String, MailAddress> found = new LinkedHashMap<>();
        for (String value : values) {
            for (MailAddress address : parse(value)) {
                found.putIfAbsent(address.address(), address);
            }
        }
        return List.copyOf(found.values());
    }

    private static List<MailAddress> parse(String value) {
        List<MailAddress> result = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                if (address.isGroup()) {
                    InternetAddress[] members = address.getGroup(false);
                    if (members != null) {
                        for (InternetAddress member : members) {
                            mailAddress(member.getAddress(), member.getPersonal()).ifPresent(result::add);
                        }
                    }
                } else {
                    mailAddress(address.getAddress(), address.getPersonal()).ifPresent(result::add);
                }
            }
        } catch (AddressException e) {
            result.clear();
            Matcher matcher = BARE_ADDRESS.matcher(value);
            while (matcher.find()) {
                mailAddress(matcher.group(), null).ifPresent(result::add);
            }
        }
        return result;
    }

    private static Optional<MailAddress> mailAddress(String address, String name) {
        if (address == null) {
            return Optional.empty();
        }
        String normal = address.strip().toLowerCase(Locale.ROOT);
        int at = normal.lastIndexOf('@');
        if (at <= 0 || at == normal.length() - 1 || normal.chars().anyMatch(c -> c <= ' ')) {
            return Optional.empty();
        }
        String display = name == null ? null : name.replaceAll("\\s+", " ").strip();
        if (display != null && (display.isEmpty() || display.equalsIgnoreCase(normal))) {
            display = null;
        }
        return Optional.of(new MailAddress(normal, display));
    }
}
