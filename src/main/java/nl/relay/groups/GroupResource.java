package nl.relay.groups;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import nl.relay.accounts.Caller;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.http.QueryFlag;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.CompanyStream;
import nl.relay.posts.PostView;
import nl.relay.posts.PostViews;
import nl.relay.posts.StreamFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/groups}: groups, their members and join requests, and their posts. */
@Path("/api/groups")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Groups")
public class GroupResource {

    private final Caller caller;
    private final CreateGroup createGroup;
    private final ChangeGroup changeGroup;
    private final ArchiveGroup archiveGroup;
    private final JoinGroup joinGroup;
    private final AdmitMember admitMember;
    private final RemoveMember removeMember;
    private final GroupViews groupViews;
    private final CompanyStream stream;
    private final PostViews postViews;

    GroupResource(Caller caller, CreateGroup createGroup, ChangeGroup changeGroup, ArchiveGroup archiveGroup,
            JoinGroup joinGroup, AdmitMember admitMember, RemoveMember removeMember, GroupViews groupViews,
            CompanyStream stream, PostViews postViews) {
        this.caller = caller;
        this.createGroup = createGroup;
        this.changeGroup = changeGroup;
        this.archiveGroup = archiveGroup;
        this.joinGroup = joinGroup;
        this.admitMember = admitMember;
        this.removeMember = removeMember;
        this.groupViews = groupViews;
        this.stream = stream;
        this.postViews = postViews;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a group", description = "name (1-100 characters, unique ignoring case and accents), "
            + "description (up to 1,000), visibility public or private. You become its owner.")
    @APIResponse(responseCode = "201", description = "Created; you are its owner", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", description = "There is already a group with that name.")
    public Response create(@NotNull GroupDetails request) {
        Group group = createGroup.create(caller.accountId(), request);
        return Response.created(URI.create("/api/groups/" + group.id))
                .entity(groupViews.of(Group.<Group>findById(group.id), caller.accountId())).build();
    }

    @GET
    @Operation(summary = "Groups", description = "Every group, by name, private ones too (by name and description, "
            + "so people can ask to join); q searches names and descriptions; archived ones with includeArchived=true.")
    public Page<GroupView> list(@QueryParam("q") String query, @QueryParam("includeArchived") String includeArchived,
            @BeanParam PageRequest page) {
        var cursor = page.cursor(2);
        List<Group> groups = Group.listed(query, QueryFlag.parse("includeArchived", includeArchived),
                cursor.map(c -> c.key(0)).orElse(""), cursor.map(c -> c.longKey(1)).orElse(0L), page.fetchSize());
        return Page.of(groups, page, g -> Cursor.of(g.nameKey, g.id))
                .mapAll(items -> groupViews.of(items, caller.accountId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One group")
    public GroupView get(@PathParam("id") String id) {
        return groupViews.of(GroupAccess.require(GroupAccess.id(id)), caller.accountId());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a group (its owners and admins)", description = "Absent fields stay as they are. "
            + "Making a group private hides its posts from non-members at once.")
    @APIResponse(responseCode = "200", description = "The group as changed")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may do this.")
    @APIResponse(responseCode = "409", description = "The group is archived, or another group has that name.")
    public GroupView change(@PathParam("id") String id, @NotNull GroupDetails request) {
        Group group = changeGroup.change(caller.accountId(), GroupAccess.id(id), request);
        return groupViews.of(group, caller.accountId());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Archive a group (its owners and admins)", description = "Its posts stay readable as "
            + "before; it takes no new posts, members or changes. Answers 204.")
    @APIResponse(responseCode = "204", description = "Archived")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may do this.")
    public Response archive(@PathParam("id") String id) {
        archiveGroup.archive(caller.accountId(), GroupAccess.id(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "A group's members", description = "Owners, then admins, then members. A private group's "
            + "members are for its members only (403).")
    @APIResponse(responseCode = "200", description = "The members, owners first")
    @APIResponse(responseCode = "403", description = "A private group's members are for its members only.")
    public List<MemberView> members(@PathParam("id") String id) {
        Group group = GroupAccess.require(GroupAccess.id(id));
        GroupAccess.requireInside(group, caller.accountId());
        return groupViews.members(group.id);
    }

    @PUT
    @Path("/{id}/members/me")
    @Operation(summary = "Join a group", description = "A public group: you are a member (204). A private group: "
            + "your request waits for an owner or admin (202).")
    @APIResponse(responseCode = "202", description = "Asked to join a private group")
    @APIResponse(responseCode = "204", description = "A member of a public group")
    @APIResponse(responseCode = "409", description = "The group is archived.")
    public Response join(@PathParam("id") String id) {
        JoinGroup.Outcome outcome = joinGroup.join(caller.accountId(), GroupAccess.id(id));
        return Response.status(outcome == JoinGroup.Outcome.MEMBER ? 204 : 202).build();
    }

    @PUT
    @Path("/{id}/members/{username}")
    @Operation(summary = "Add a member, approve a request or change a role (owners and admins)", description = "An optional body {\"role\": \"owner\"|\"admin\"|\"member\"}; without one, a new member is a member and "
            + "an existing one keeps their role. Only owners make or unmake owners.")
    @APIResponse(responseCode = "204", description = "Added, approved or given the role")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins add members, and only owners make or unmake owners.")
    @APIResponse(responseCode = "409", description = "The group is archived, or its last owner would stop being owner.")
    public Response admit(@PathParam("id") String id, @PathParam("username") String username, MemberRole request) {
        GroupRole role = null;
        if (request != null && request.role() != null) {
            role = GroupRole.parse(request.role())
                    .orElseThrow(() -> new InvalidInput("role", "must be owner, admin or member"));
        }
        admitMember.admit(caller.accountId(), GroupAccess.id(id), username, role);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{id}/members/{username}")
    @Operation(summary = "Leave, withdraw a request, or remove a member or reject a request (owners and admins)", description = "Use your own username or 'me' to leave. The last owner cannot leave (409).")
    @APIResponse(responseCode = "204", description = "Left, withdrawn, removed or rejected")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins remove others, and only owners remove owners.")
    @APIResponse(responseCode = "409", description = "The group's last owner cannot leave.")
    public Response remove(@PathParam("id") String id, @PathParam("username") String username) {
        String who = "me".equals(username) ? caller.username() : username;
        removeMember.remove(caller.accountId(), GroupAccess.id(id), who);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/join-requests")
    @Operation(summary = "Requests to join (owners and admins)", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The people waiting to join")
    @APIResponse(responseCode = "403", description = "Only the group's owners and admins may do this.")
    public List<JoinRequestView> joinRequests(@PathParam("id") String id) {
        Group group = GroupAccess.require(GroupAccess.id(id));
        GroupAccess.requireManager(group, caller.accountId());
        return groupViews.joinRequests(group.id);
    }

    @GET
    @Path("/{id}/posts")
    @Operation(summary = "A group's posts", description = "Newest first, replies included. A private group's posts "
            + "are for its members only (403).")
    @APIResponse(responseCode = "200", description = "The group's posts, newest first")
    @APIResponse(responseCode = "403", description = "A private group's posts are for its members only.")
    public Page<PostView> posts(@PathParam("id") String id, @BeanParam PageRequest page) {
        Group group = GroupAccess.require(GroupAccess.id(id));
        GroupAccess.requireInside(group, caller.accountId());
        StreamFilter filter = new StreamFilter();
        filter.group = String.valueOf(group.id);
        Long before = page.cursor(1).map(c -> c.longKey(0)).orElse(null);
        List<Long> ids = stream.page(caller.accountId(), filter, before, page.fetchSize());
        return Page.of(ids, page, Cursor::of).mapAll(items -> postViews.ofIds(items, caller.accountId()));
    }

}
