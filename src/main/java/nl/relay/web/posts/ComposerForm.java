package nl.relay.web.posts;

import jakarta.ws.rs.FormParam;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.relay.community.polls.NewPoll;
import nl.relay.directory.Client;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostKind;
import nl.relay.posts.SignalType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The composer's form as home and group pages receive it, read into a {@link NewPost}. The client comes as
 * the picked client's id ({@code clientId}, preferred) or as the typed name, found by name or alias; an
 * unknown or ambiguous name is refused with the candidates.
 */
public class ComposerForm {

    /**
     * Candidates and vacancies are offered on their own forms, so that every one of them has the profile behind it
     * that boards, filters and matches read; the composer only writes notes, questions and signals.
     */
    static final String OWN_FORM = "is offered on its own form: candidates on /candidates/new, vacancies on "
            + "/vacancies/new";

    /** The field the composer's files come in, and are refused under. */
    public static final String FILE_FIELD = "file";

    @FormParam("body")
    public String body;

    @FormParam("kind")
    public String kind;

    @FormParam("client")
    public String client;

    @FormParam("clientId")
    public String clientId;

    @FormParam("sectorCode")
    public String sectorCode;

    @FormParam("groupId")
    public String groupId;

    /** What changed at the client; read only for a signal (the select is on the form for every kind). */
    @FormParam("signalType")
    public String signalType;

    /** A poll's answers, one per line; read only for a poll. */
    @FormParam("pollOptions")
    public String pollOptions;

    /** When a poll closes, as a datetime-local field sends it (Dutch time); read only for a poll. */
    @FormParam("pollClosesAt")
    public String pollClosesAt;

    /** The files to put on the post, when the form is sent as multipart/form-data. */
    @RestForm("file")
    public List<FileUpload> file;

    /** What was typed, to show again when the post is refused: without refused characters, the rest kept. */
    public Composer.Draft draft() {
        return new Composer.Draft(withoutControls(body), withoutControls(kind), withoutControls(client).strip(),
                withoutControls(clientId).strip(), withoutControls(sectorCode), withoutControls(groupId),
                withoutControls(signalType).strip(), withoutControls(pollOptions),
                withoutControls(pollClosesAt).strip());
    }

    /** The post to publish; in a group its group is fixed and the form's groupId is not read. */
    public NewPost newPost(Long fixedGroupId) {
        Composer.Draft draft = draft();
        List<Problem.FieldError> errors = new ArrayList<>();
        refuseControls(errors, "body", body);
        refuseControls(errors, "kind", kind);
        refuseControls(errors, "client", client);
        refuseControls(errors, "sectorCode", sectorCode);
        PostKind postKind = draft.kind().isEmpty() ? PostKind.NOTE : PostKind.parse(draft.kind()).orElse(null);
        if (postKind == null) {
            errors.add(new Problem.FieldError("kind", "is not a kind of post"));
        } else if (postKind == PostKind.CANDIDATE || postKind == PostKind.VACANCY) {
            errors.add(new Problem.FieldError("kind", OWN_FORM));
        }
        SignalType type = postKind == PostKind.SIGNAL ? signalType(errors, draft.signalType()) : null;
        NewPoll poll = postKind == PostKind.POLL ? poll(errors, draft) : null;
        Long client = clientId(errors, draft);
        Long group = fixedGroupId;
        if (fixedGroupId == null) {
            refuseControls(errors, "groupId", groupId);
            group = groupId(errors, draft.groupId());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new NewPost(draft.body(), postKind, group, client,
                draft.sectorCode().isEmpty() ? null : draft.sectorCode(), null, type, null, poll);
    }

    /** The poll's answers (its non-empty lines) and closing time, read as Dutch time; the rules are the API's. */
    private static NewPoll poll(List<Problem.FieldError> errors, Composer.Draft draft) {
        List<String> options = draft.pollOptions().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Instant closesAt = null;
        if (!draft.pollClosesAt().isEmpty()) {
            try {
                closesAt = LocalDateTime.parse(draft.pollClosesAt()).atZone(AMSTERDAM).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("poll.closesAt", "is not a date and time"));
            }
        }
        return new NewPoll(options, closesAt);
    }

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** The signal's type; none chosen is left to the publishing rules, which name the types. */
    private static SignalType signalType(List<Problem.FieldError> errors, String value) {
        if (value.isEmpty()) {
            return null;
        }
        return SignalType.parse(value).orElseGet(() -> {
            errors.add(new Problem.FieldError("signalType", "is not a type of signal"));
            return null;
        });
    }

    private static Long groupId(List<Problem.FieldError> errors, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError("groupId", "is not a group you can post in"));
            return null;
        }
    }

    /** The picked client when there is one, else the one named, by name or alias. */
    private static Long clientId(List<Problem.FieldError> errors, Composer.Draft draft) {
        if (!draft.clientId().isEmpty()) {
            try {
                return Long.parseLong(draft.clientId());
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("client", "is not a known client"));
                return null;
            }
        }
        if (draft.client().isEmpty()) {
            return null;
        }
        List<Client> found = Client.named(draft.client());
        if (found.isEmpty()) {
            errors.add(new Problem.FieldError("client", "is not in the client directory"));
            return null;
        }
        if (found.size() > 1) {
            errors.add(new Problem.FieldError("client", "is another name of several clients ("
                    + String.join(", ", found.stream().map(c -> c.name).toList()) + "): type the full name"));
            return null;
        }
        return found.get(0).id;
    }

    /** Control characters are refused, never silently dropped from what gets published. */
    private static void refuseControls(List<Problem.FieldError> errors, String field, String value) {
        if (value != null && ControlCharacters.clean(value) == null) {
            errors.add(new Problem.FieldError(field, "must not contain control characters"));
        }
    }

    private static String withoutControls(String value) {
        if (value == null) {
            return "";
        }
        String cleaned = ControlCharacters.clean(value);
        return cleaned != null ? cleaned : ControlCharacters.strip(value);
    }
}
