package nl.relay.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the browser's cookies (the session and the language) are set. */
@ConfigMapping(prefix = "relay.cookies")
public interface CookiesConfig {

    /** When cookies are marked Secure. */
    enum Secure {
        /** When the page was asked for over HTTPS, directly or, with proxy forwarding on, at the proxy. */
        AUTO,
        /** Always: for a Relay that is only ever reached over HTTPS. */
        ALWAYS
    }

    /** auto: Secure when served over HTTPS (as the trusted proxy says, when forwarding is on); always: always. */
    @WithDefault("auto")
    Secure secure();
}
