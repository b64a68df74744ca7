package nl.relay.web.posts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.relay.directory.Client;
import nl.relay.directory.Sector;
import nl.relay.directory.SectorView;
import nl.relay.groups.Group;
import nl.relay.platform.errors.Problem;
import nl.relay.posts.PostKind;
import nl.relay.posts.SignalType;

/**
 * What the composer tag ({@code tags/composer.html}) shows, on home and on a group's page: where it posts,
 * what was typed, the sectors and groups to choose from (none in a group: its group is fixed), and each
 * refusal next to its field.
 */
public record Composer(String action, Long fixedGroupId, Draft draft, List<SectorView> sectors, List<Group> groups,
        Errors errors) {

    /** What the composer holds: empty, or what was typed when the post was refused. */
    public record Draft(String body, String kind, String client, String clientId, String sectorCode, String groupId,
            String signalType, String pollOptions, String pollClosesAt) {

        /** A draft that is no poll. */
        public Draft(String body, String kind, String client, String clientId, String sectorCode, String groupId,
                String signalType) {
            this(body, kind, client, clientId, sectorCode, groupId, signalType, "", "");
        }

        public static final Draft EMPTY = new Draft("", "note", "", "", "", "", "");

        /**
         * An empty draft with a kind and a client chosen beforehand (the client page's "report a signal" link):
         * what is not a kind or a client taking new work is left out.
         */
        public static Draft preset(String kind, String clientId) {
            String presetKind = PostKind.parse(kind == null ? "" : kind).filter(Draft::composable)
                    .map(PostKind::toString).orElse("note");
            Client client = clientId == null || !clientId.matches("\\d{1,18}")
                    ? null
                    : Client.<Client>findByIdOptional(Long.parseLong(clientId)).filter(c -> !c.archived).orElse(null);
            return new Draft("", presetKind, client == null ? "" : client.name,
                    client == null ? "" : client.id.toString(), "", "", "");
        }

        /** Candidates, vacancies and announcements have forms of their own; the composer writes the other kinds. */
        private static boolean composable(PostKind kind) {
            return kind != PostKind.CANDIDATE && kind != PostKind.VACANCY && kind != PostKind.ANNOUNCEMENT;
        }
    }

    /** The types a signal can have, in the order the select offers them. */
    public List<String> signalTypes() {
        return Arrays.stream(SignalType.values()).map(SignalType::toString).toList();
    }

    /** The refusals by the field they are shown under; those of no field of the form in {@code others}. */
    public record Errors(Problem.FieldError body, Problem.FieldError kind, Problem.FieldError client,
            Problem.FieldError sectorCode, Problem.FieldError groupId, List<Problem.FieldError> others,
            Problem.FieldError signalType, Problem.FieldError file) {

        public static final Errors NONE = new Errors(null, null, null, null, null, List.of(), null, null);

        /** Sorts refusals to their fields; the group's field only exists where the group is not fixed. */
        public static Errors of(List<Problem.FieldError> errors, boolean groupField) {
            Problem.FieldError body = null;
            Problem.FieldError kind = null;
            Problem.FieldError client = null;
            Problem.FieldError sector = null;
            Problem.FieldError group = null;
            Problem.FieldError signalType = null;
            Problem.FieldError file = null;
            List<Problem.FieldError> others = new ArrayList<>();
            for (Problem.FieldError error : errors) {
                switch (error.field()) {
                    case "body" -> body = body == null ? error : body;
                    case "kind" -> kind = kind == null ? error : kind;
                    case "signalType" -> signalType = signalType == null ? error : signalType;
                    case "file", "attachments", "attachmentIds" -> file = file == null ? error : file;
                    case "client", "clientId" -> client = client == null ? error : client;
                    case "sectorCode", "sector" -> sector = sector == null ? error : sector;
                    case "groupId", "group" -> {
                        if (groupField && group == null) {
                            group = error;
                        } else {
                            others.add(error);
                        }
                    }
                    default -> others.add(error);
                }
            }
            return new Errors(body, kind, client, sector, group, List.copyOf(others), signalType, file);
        }

        /** The first field with a refusal, in the form's order, where the focus goes; null when none. */
        public String first() {
            return body != null
                    ? "body"
                    : kind != null
                            ? "kind"
                            : signalType != null
                                    ? "signalType"
                                    : client != null
                                            ? "client"
                                            : groupId != null
                                                    ? "groupId"
                                                    : sectorCode != null ? "sectorCode" : file != null ? "file" : null;
        }

        public boolean any() {
            return body != null || kind != null || client != null || sectorCode != null || groupId != null
                    || signalType != null || file != null || !others.isEmpty();
        }
    }

    /** The home page's composer: any group the author may post in, or none. */
    public static Composer home(long accountId, Draft draft, List<Problem.FieldError> errors, boolean english) {
        return new Composer("/posts", null, draft, sectors(english), Group.postableBy(accountId),
                Errors.of(errors, true));
    }

    /** A group's composer: the group is fixed. */
    public static Composer inGroup(long groupId, Draft draft, List<Problem.FieldError> errors, boolean english) {
        return new Composer("/groups/" + groupId + "/posts", groupId, draft, sectors(english), List.of(),
                Errors.of(errors, false));
    }

    private static List<SectorView> sectors(boolean english) {
        return Sector.inOrder().stream().map(s -> SectorView.from(s, english)).toList();
    }
}
