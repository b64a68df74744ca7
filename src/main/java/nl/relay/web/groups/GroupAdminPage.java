package nl.relay.web.groups;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import nl.relay.groups.AdmitMember;
import nl.relay.groups.ArchiveGroup;
import nl.relay.groups.ChangeGroup;
import nl.relay.groups.Group;
import nl.relay.groups.GroupAccess;
import nl.relay.groups.GroupDetails;
import nl.relay.groups.GroupRole;
import nl.relay.groups.GroupView;
import nl.relay.groups.GroupViews;
import nl.relay.groups.JoinRequestView;
import nl.relay.groups.MemberView;
import nl.relay.groups.Membership;
import nl.relay.groups.RemoveMember;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.text.ControlCharacters;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Managing one group, for its owners and admins only (anyone else gets the page for a missing group):
 * its name, description and visibility, the members and their roles, adding someone by name, the join
 * requests to approve or reject, and archiving. Each form posts here and comes back here.
 */
@Path("/groups/{id}/admin")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class GroupAdminPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance admin(String lang, GroupView group, boolean owner, List<MemberView> members,
                List<JoinRequestView> requests, MemberPick pick, GroupDetails details, FormProblems problems);
    }

    private final PageSession session;
    private final GroupViews views;
    private final AdmitMember admitMember;
    private final RemoveMember removeMember;
    private final ChangeGroup changeGroup;
    private final ArchiveGroup archiveGroup;
    private final StreamPage lists;
    private final RequestLanguage language;

    GroupAdminPage(PageSession session, GroupViews views, AdmitMember admitMember, RemoveMember removeMember,
            ChangeGroup changeGroup, ArchiveGroup archiveGroup, StreamPage lists, RequestLanguage language) {
        this.session = session;
        this.views = views;
        this.admitMember = admitMember;
        this.removeMember = removeMember;
        this.changeGroup = changeGroup;
        this.archiveGroup = archiveGroup;
        this.lists = lists;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response admin(@PathParam("id") String id) {
        return session.signedIn(reader -> managed(id, reader,
                group -> Response.ok(page(reader, group, MemberPick.read(""), null, FormProblems.none())).build()));
    }

    /**
     * Adds the person the field names, as a member; a name that fits nobody or several asks again, listing
     * the candidates as buttons that send their username as {@code pick}.
     */
    @POST
    @Path("/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response addMember(@PathParam("id") String id, @FormParam("member") String member,
            @FormParam("pick") String picked) {
        return session.signedIn(reader -> managed(id, reader, group -> {
            String typed = member == null ? "" : ControlCharacters.strip(member);
            MemberPick pick = picked != null && !picked.isBlank()
                    ? MemberPick.read(ControlCharacters.strip(picked))
                    : MemberPick.read(typed);
            if (!pick.found()) {
                return Response.status(422).entity(page(reader, group, pick, null, new FormProblems("add", List.of())))
                        .build();
            }
            return act(reader, group, "add", () -> admitMember.admit(reader, group.id, pick.username(), null));
        }));
    }

    @POST
    @Path("/members/{username}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response changeRole(@PathParam("id") String id, @PathParam("username") String username,
            @FormParam("role") String role) {
        return session.signedIn(reader -> managed(id, reader, group -> act(reader, group, "members",
                () -> admitMember.admit(reader, group.id, username, GroupRole.parse(role)
                        .orElseThrow(() -> new InvalidInput("role", "must be owner, admin or member"))))));
    }

    @POST
    @Path("/members/{username}/remove")
    @Operation(hidden = true)
    public Response removeMember(@PathParam("id") String id, @PathParam("username") String username) {
        return session.signedIn(reader -> managed(id, reader, group -> act(reader, group, "members",
                () -> removeMember.remove(reader, group.id, username))));
    }

    @POST
    @Path("/requests/{username}/approve")
    @Operation(hidden = true)
    public Response approve(@PathParam("id") String id, @PathParam("username") String username) {
        return session.signedIn(reader -> managed(id, reader, group -> act(reader, group, "requests",
                () -> admitMember.admit(reader, group.id, username, null))));
    }

    @POST
    @Path("/requests/{username}/reject")
    @Operation(hidden = true)
    public Response reject(@PathParam("id") String id, @PathParam("username") String username) {
        return session.signedIn(reader -> managed(id, reader, group -> act(reader, group, "requests",
                () -> removeMember.remove(reader, group.id, username))));
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response edit(@PathParam("id") String id, @FormParam("name") String name,
            @FormParam("description") String description, @FormParam("visibility") String visibility) {
        GroupDetails typed = new GroupDetails(shown(name), shown(description), visibility);
        return session.signedIn(reader -> managed(id, reader, group -> act(reader, group, "edit", typed, () -> {
            String newName = required("name", name);
            String newDescription = description == null ? "" : required("description", description);
            String newVisibility = required("visibility", visibility);
            changeGroup.change(reader, group.id, new GroupDetails(newName, newDescription, newVisibility));
        })));
    }

    @POST
    @Path("/archive")
    @Operation(hidden = true)
    public Response archive(@PathParam("id") String id) {
        return session.signedIn(reader -> managed(id, reader, group -> {
            Response answer = act(reader, group, "archive", () -> archiveGroup.archive(reader, group.id));
            // An archived group has nothing left to manage but its members: show the group itself.
            return answer.getStatus() == 303 ? Response.seeOther(URI.create("/groups/" + group.id)).build() : answer;
        }));
    }

    private Response act(long reader, Group group, String form, Runnable action) {
        return act(reader, group, form, null, action);
    }

    /**
     * Does what a form asks, then shows this page again; a refusal shows it with the reason by that form
     * (and the edit form with what was typed in it).
     */
    private Response act(long reader, Group group, String form, GroupDetails typed, Runnable action) {
        try {
            action.run();
            // Someone who gave up their own admin role has nothing left to manage here.
            return Response.seeOther(URI.create("/groups/" + group.id
                    + (GroupAccess.manages(group.id, reader) ? "/admin" : ""))).build();
        } catch (ProblemException e) {
            Group current = GroupAccess.require(group.id);
            if (!GroupAccess.manages(current.id, reader)) {
                return Response.seeOther(URI.create("/groups/" + group.id)).build();
            }
            return Response.status(e.status()).entity(page(reader, current, MemberPick.read(""), typed,
                    new FormProblems(form, FormErrors.of(e, "group")))).build();
        }
    }

    /** The group, if the reader manages it; for anyone else it is not there. */
    private Response managed(String id, long reader, Function<Group, Response> page) {
        try {
            Group group = GroupAccess.require(GroupAccess.id(id));
            if (!GroupAccess.manages(group.id, reader)) {
                throw new NotFound("There is no group " + group.id + ".");
            }
            return page.apply(group);
        } catch (NotFound e) {
            return Response.status(404).entity(lists.notFound()).build();
        }
    }

    /** What a field held, fit to show again. */
    private static String shown(String value) {
        return value == null ? null : ControlCharacters.strip(value);
    }

    private static String required(String field, String value) {
        String cleaned = value == null ? null : ControlCharacters.clean(value);
        if (cleaned == null) {
            throw new InvalidInput(field, "is missing or holds control characters");
        }
        return cleaned;
    }

    /** The page; the edit form shows {@code typed} when given (a refused edit), else the group as it is. */
    private TemplateInstance page(long reader, Group group, MemberPick pick, GroupDetails typed,
            FormProblems problems) {
        boolean owner = Membership.roleOf(group.id, reader).orElse(null) == GroupRole.OWNER;
        GroupDetails details = typed != null
                ? typed
                : new GroupDetails(group.name, group.description, group.visibility);
        return Templates.admin(language.code(), views.of(group, reader), owner, views.members(group.id),
                views.joinRequests(group.id), pick, details, problems).setLocale(language.locale());
    }
}
