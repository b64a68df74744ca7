package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import nl.relay.platform.http.PublicAddress;

/** The links in emails, and the host their Message-IDs name, from {@code relay.notifications.base-url}. */
@ApplicationScoped
public class MailLinks {

    private final PublicAddress address;

    MailLinks(PublicAddress address) {
        this.address = address;
    }

    public String to(String path) {
        return address.configuredOrLocal() + path;
    }

    public String messageId(String local) {
        return "<" + local + "@" + host() + ">";
    }

    /** The host of Relay's address, naming Relay in Message-IDs, List-Ids and the loop guard X-Relay-Origin. */
    public String host() {
        String host = URI.create(address.configuredOrLocal()).getHost();
        return host == null ? "relay" : host;
    }
}
