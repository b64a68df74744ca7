package nl.relay.posts.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameLosesItsPathAndInvisibleCharacters() {
        assertEquals("rooster.pdf", FileNames.sanitised("C:\\Users\\sanne\\rooster.pdf"));
        assertEquals("passwd", FileNames.sanitised("../../etc/passwd"));
        assertEquals("cvfdp.exe", FileNames.sanitised("cv\u202Efdp.exe"));
        assertEquals("notulen mei.docx", FileNames.sanitised("  notulen\u0000 mei.docx\r\n"));
        assertEquals("file", FileNames.sanitised(".."));
        assertEquals("file", FileNames.sanitised("map/"));
        assertEquals("file", FileNames.sanitised(null));
        assertEquals("Café.pdf", FileNames.sanitised("Cafe\u0301.pdf"));
    }

    @Test
    void aLongNameKeepsItsExtension() {
        String name = FileNames.sanitised("verslag-".repeat(40) + ".pdf");
        assertEquals(FileNames.MAX_LENGTH, name.length());
        assertEquals("verslag-".repeat(24) + "vers.pdf", name);
        String noExtension = FileNames.sanitised("x".repeat(300));
        assertEquals(FileNames.MAX_LENGTH, noExtension.length());
    }

    @Test
    void theDispositionNamesTheFileInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"a_b_ _.txt\"; filename*=UTF-8''a%22b%5C%20%E2%82%AC.txt",
                Downloads.disposition("a\"b\\ €.txt"));
    }

    @Test
    void onlyInertTypesAreServedAsThemselves() {
        assertEquals("application/pdf", MediaTypes.served("application/pdf"));
        assertEquals("image/png", MediaTypes.served("image/png"));
        assertEquals("application/octet-stream", MediaTypes.served("text/html"));
        assertEquals("application/octet-stream", MediaTypes.served("image/svg+xml"));
        assertEquals("application/octet-stream", MediaTypes.served("application/xml"));
        assertEquals("application/octet-stream", MediaTypes.served("application/javascript"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                MediaTypes.served("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
