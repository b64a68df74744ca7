package nl.relay.preferences;

/**
 * A change to my preferences. Fields left out stay as they are; {@code "language": null} clears the
 * choice so the browser's language applies again. Setters record which fields the request named.
 */
public class PreferencesChange {

    private String email;
    private String digest;
    private String language;
    private boolean languageGiven;

    public PreferencesChange() {
    }

    public static PreferencesChange language(String language) {
        PreferencesChange change = new PreferencesChange();
        change.setLanguage(language);
        return change;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDigest() {
        return digest;
    }

    public void setDigest(String digest) {
        this.digest = digest;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
        this.languageGiven = true;
    }

    boolean languageGiven() {
        return languageGiven;
    }
}
