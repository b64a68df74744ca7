package nl.relay.platform.errors;

/**
 * Recognises a failure to read a form body (a malformed percent-encoding, more fields than allowed): the
 * form parser reports these as plain runtime exceptions, which would otherwise pass for a bug of ours.
 * Only a throwable raised inside the form parser counts, so no other failure is mistaken for the client's.
 */
final class FormBodyFailure {

    private static final String FORM_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    private FormBodyFailure() {
    }

    /** 413 for a form over the field limit, 400 for one that cannot be decoded, 0 for anything else. */
    static int statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (raisedByTheFormParser(cause)) {
                String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return message.contains("limit") ? 413 : 400;
            }
        }
        return 0;
    }

    private static boolean raisedByTheFormParser(Throwable cause) {
        StackTraceElement[] frames = cause.getStackTrace();
        // The parser's frames sit just under the helper that built the exception.
        for (int i = 0; i < Math.min(frames.length, 8); i++) {
            String type = frames[i].getClassName();
            if (type.startsWith(FORM_PARSER) || type.startsWith(FORM_HANDLER)) {
                return true;
            }
        }
        return false;
    }
}
