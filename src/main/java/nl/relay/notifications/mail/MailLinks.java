package nl.relay.notifications.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import nl.relay.notifications.NotificationsConfig;

/** The links in emails, and the host their Message-IDs name, from {@code relay.notifications.base-url}. */
@ApplicationScoped
public class MailLinks {

    private final NotificationsConfig config;

    MailLinks(NotificationsConfig config) {
        this.config = config;
    }

    public String to(String path) {
        return config.baseUrl().replaceAll("/+$", "") + path;
    }

    public String messageId(String local) {
        String host = URI.create(config.baseUrl()).getHost();
        return "<" + local + "@" + (host == null ? "relay" : host) + ">";
    }
}
