package nl.relay.mailin.transport;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;

/** A self-signed certificate for relay.test and 127.0.0.1, made by the JDK's keytool and written as PEM files. */
final class TestCertificate {

    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestCertificate() {
    }

    /** The PEM certificate and PKCS#8 key files. */
    record Pem(Path certificate, Path key) {
    }

    static Pem selfSigned(Path directory) throws Exception {
        Path store = directory.resolve("relay-test.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "relay", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=relay.test", "-ext", "SAN=dns:relay.test,ip:127.0.0.1", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        Path certificate = directory.resolve("relay-test.crt");
        Path key = directory.resolve("relay-test.key");
        Files.writeString(certificate, pem("CERTIFICATE", keys.getCertificate("relay").getEncoded()));
        Files.writeString(key, pem("PRIVATE KEY", keys.getKey("relay", PASSWORD).getEncoded()));
        return new Pem(certificate, key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
