package nl.relay.notifications.digest;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import org.junit.jupiter.api.Test;

/** The digest's frame inserts a part's HTML as it is: only HTML an escaping template rendered gets in. */
class DigestPartTest {

    private final Engine engine = Engine.builder().addDefaults().build();

    @Test
    void aPartWhoseHtmlComesFromAPlainTextTemplateIsRefused() {
        TemplateInstance text = template("{name}", "text/plain");
        assertThrows(IllegalArgumentException.class, () -> new DigestPart(text, text, text));
        TemplateInstance untyped = engine.parse("{name}").instance();
        assertThrows(IllegalArgumentException.class, () -> new DigestPart(text, untyped, text));
    }

    @Test
    void aPartWhoseHtmlComesFromAnHtmlTemplateIsTaken() {
        TemplateInstance text = template("{name}", "text/plain");
        new DigestPart(text, template("<p>{name}</p>", Variant.TEXT_HTML), text);
    }

    private TemplateInstance template(String content, String contentType) {
        return engine.parse(content, Variant.forContentType(contentType)).instance();
    }
}
