package nl.relay.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the rules of RFC 4287 a feed reader relies on: a well-formed Atom feed with one id, title and
 * RFC 3339 updated, and entries that each have an id, a title, an updated time, an author and a link.
 */
final class AtomCheck {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomCheck() {
    }

    static void valid(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element feed = document.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        one(feed, "id");
        one(feed, "title");
        time(one(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertTrue(entries.getLength() > 0, "has entries");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertFalse(one(entry, "id").getTextContent().isBlank());
            one(entry, "title");
            time(one(entry, "updated"));
            assertTrue(entry.getElementsByTagNameNS(ATOM, "author").getLength() > 0
                    || feed.getElementsByTagNameNS(ATOM, "author").getLength() > 0, "an author");
            assertTrue(entry.getElementsByTagNameNS(ATOM, "link").getLength() > 0, "a link");
        }
    }

    private static Element one(Element parent, String name) {
        int count = 0;
        Element found = null;
        for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ATOM.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                count++;
                found = element;
            }
        }
        assertEquals(1, count, "exactly one " + name);
        return found;
    }

    private static void time(Element element) {
        OffsetDateTime.parse(element.getTextContent().strip());
    }
}
