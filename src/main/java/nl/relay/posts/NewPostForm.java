package nl.relay.posts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.http.JsonFields;
import nl.relay.platform.text.ControlCharacters;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A post sent as multipart/form-data with its files: the fields of {@link NewPost}, each as text (an empty field is
 * an absent one), and any number of parts named {@code file}. Read into a NewPost with the JSON body's rules: each
 * invalid field named.
 */
public class NewPostForm {

    @RestForm
    @Schema(description = "1-5,000 characters after trimming", required = true)
    public String body;

    @RestForm
    @Schema(description = "note (default), question, signal; candidate and vacancy for recruiters")
    public String kind;

    @RestForm
    @Schema(type = SchemaType.INTEGER, format = "int64")
    public String groupId;

    @RestForm
    @Schema(type = SchemaType.INTEGER, format = "int64")
    public String clientId;

    @RestForm
    public String sectorCode;

    @RestForm
    @Schema(type = SchemaType.INTEGER, format = "int64")
    public String inReplyTo;

    @RestForm
    @Schema(description = "A signal's type: leaving, new-manager, reorganisation, growth, tender, complaint, other")
    public String signalType;

    @RestForm
    @Schema(type = SchemaType.ARRAY, implementation = Long.class, description = "Uploads of yours (POST "
            + "/api/attachments) to put on the post, repeated")
    public List<String> attachmentIds;

    @RestForm("file")
    @Schema(description = "The files, each in a part named file with its file name")
    public List<FileUpload> file;

    /** The post this form asks for, or every invalid field at once. */
    public NewPost newPost() {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = text(errors, "body", body);
        if (text == null && errors.isEmpty()) {
            errors.add(new Problem.FieldError("body", "is required"));
        }
        PostKind postKind = parsed(errors, "kind", text(errors, "kind", kind), PostKind::parse, PostKind.class);
        SignalType type = parsed(errors, "signalType", text(errors, "signalType", signalType), SignalType::parse,
                SignalType.class);
        Long group = number(errors, "groupId", groupId);
        Long client = number(errors, "clientId", clientId);
        String sector = text(errors, "sectorCode", sectorCode);
        Long parent = number(errors, "inReplyTo", inReplyTo);
        List<Long> uploads = null;
        if (attachmentIds != null && !attachmentIds.isEmpty()) {
            uploads = new ArrayList<>();
            for (int i = 0; i < attachmentIds.size(); i++) {
                Long id = number(errors, "attachmentIds[" + i + "]", attachmentIds.get(i));
                if (id != null) {
                    uploads.add(id);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NewPost(text, postKind, group, client, sector, parent, type, uploads);
    }

    /** The field's text, CRLF folded; null when absent or empty; refused with control characters. */
    private static String text(List<Problem.FieldError> errors, String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        String cleaned = ControlCharacters.clean(value);
        if (cleaned == null) {
            errors.add(new Problem.FieldError(field, "must not contain control characters other than newline and tab"));
        }
        return cleaned;
    }

    private static Long number(List<Problem.FieldError> errors, String field, String value) {
        String text = text(errors, field, value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E parsed(List<Problem.FieldError> errors, String field, String value,
            Function<String, Optional<E>> parse, Class<E> type) {
        if (value == null) {
            return null;
        }
        return parse.apply(value.strip()).orElseGet(() -> {
            errors.add(new Problem.FieldError(field, "must be one of: " + JsonFields.enumValues(type)));
            return null;
        });
    }
}
