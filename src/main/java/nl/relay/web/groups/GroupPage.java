package nl.relay.web.groups;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import nl.relay.accounts.Caller;
import nl.relay.groups.Group;
import nl.relay.groups.GroupAccess;
import nl.relay.groups.GroupRole;
import nl.relay.groups.GroupView;
import nl.relay.groups.GroupViews;
import nl.relay.groups.JoinGroup;
import nl.relay.groups.MemberView;
import nl.relay.groups.Membership;
import nl.relay.groups.RemoveMember;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.ProblemException;
import nl.relay.platform.http.RequestLanguage;
import nl.relay.platform.paging.Cursor;
import nl.relay.platform.paging.Page;
import nl.relay.platform.paging.PageRequest;
import nl.relay.posts.CompanyStream;
import nl.relay.posts.NewPost;
import nl.relay.posts.PostViews;
import nl.relay.posts.PublishPost;
import nl.relay.posts.StreamFilter;
import nl.relay.posts.attachments.FileParts;
import nl.relay.web.FormErrors;
import nl.relay.web.PageSession;
import nl.relay.web.PostCard;
import nl.relay.web.posts.Composer;
import nl.relay.web.posts.ComposerForm;
import nl.relay.web.posts.StreamPage;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One group: who it is for, its posts and a composer for its members, its members, joining and leaving.
 * Its owners and admins find a link to {@link GroupAdminPage}, where the group is managed.
 */
@Path("/groups/{id}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class GroupPage {

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance group(String lang, GroupView group, boolean inside, boolean manager,
                boolean owner, boolean lastOwner, List<PostCard> posts, String next, List<MemberView> members,
                int requests, Composer composer, List<Problem.FieldError> errors);
    }

    private final PageSession session;
    private final GroupViews views;
    private final CompanyStream stream;
    private final PostViews postViews;
    private final PublishPost publishPost;
    private final JoinGroup joinGroup;
    private final RemoveMember removeMember;
    private final StreamPage lists;
    private final RequestLanguage language;
    private final Caller caller;
    private final FileParts fileParts;

    GroupPage(Caller caller, PageSession session, GroupViews views, CompanyStream stream, PostViews postViews,
            PublishPost publishPost, JoinGroup joinGroup, RemoveMember removeMember, StreamPage lists,
            RequestLanguage language, FileParts fileParts) {
        this.caller = caller;
        this.fileParts = fileParts;
        this.session = session;
        this.views = views;
        this.stream = stream;
        this.postViews = postViews;
        this.publishPost = publishPost;
        this.joinGroup = joinGroup;
        this.removeMember = removeMember;
        this.lists = lists;
        this.language = language;
    }

    @GET
    @Operation(hidden = true)
    public Response group(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> found(id,
                group -> Response.ok(page(reader, group, cursor, List.of(), Composer.Draft.EMPTY, List.of()))
                        .build()));
    }

    @POST
    @Path("/join")
    @Operation(hidden = true)
    public Response join(@PathParam("id") String id) {
        return act(id, (reader, group) -> joinGroup.join(reader, group.id));
    }

    @POST
    @Path("/leave")
    @Operation(hidden = true)
    public Response leave(@PathParam("id") String id) {
        return act(id, (reader, group) -> removeMember.remove(reader, group.id, caller.username()));
    }

    @POST
    @Path("/posts")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    @Operation(hidden = true)
    public Response post(@PathParam("id") String id, @BeanParam ComposerForm form) {
        return session.signedIn(reader -> found(id, group -> {
            try {
                NewPost post = form.newPost(group.id);
                publishPost.publish(reader, post, ComposerForm.FILE_FIELD, fileParts.read(ComposerForm.FILE_FIELD,
                        form.file, 0));
                return Response.seeOther(URI.create("/groups/" + group.id)).build();
            } catch (ProblemException e) {
                return Response.status(e.status())
                        .entity(page(reader, group, null, List.of(), form.draft(), FormErrors.of(e, "body"))).build();
            }
        }));
    }

    /** Does what a form asks, then shows the group again; a refusal shows the group with the reason. */
    private Response act(String id, Action action) {
        return session.signedIn(reader -> found(id, group -> {
            try {
                action.run(reader, group);
                return Response.seeOther(URI.create("/groups/" + group.id)).build();
            } catch (ProblemException e) {
                Group current = GroupAccess.require(group.id);
                return Response.status(e.status()).entity(page(reader, current, null, FormErrors.of(e, "group"),
                        Composer.Draft.EMPTY, List.of()))
                        .build();
            }
        }));
    }

    private Response found(String id, java.util.function.Function<Group, Response> page) {
        try {
            return page.apply(GroupAccess.require(GroupAccess.id(id)));
        } catch (NotFound e) {
            return Response.status(404).entity(lists.notFound()).build();
        }
    }

    /** The group, with the errors of a form shown on top, and the composer with its draft and refusals. */
    private TemplateInstance page(long reader, Group group, String cursor, List<Problem.FieldError> errors,
            Composer.Draft draft, List<Problem.FieldError> composerErrors) {
        GroupView view = views.of(group, reader);
        Optional<GroupRole> role = Membership.roleOf(group.id, reader);
        boolean inside = GroupAccess.isInside(group, role.isPresent());
        boolean manager = role.map(GroupRole::manages).orElse(false);
        List<PostCard> posts = List.of();
        String next = null;
        if (inside) {
            StreamFilter filter = new StreamFilter();
            filter.group = String.valueOf(group.id);
            PageRequest request = PageRequest.first(PageRequest.DEFAULT_LIMIT);
            Page<nl.relay.posts.PostView> page = Page.of(stream.page(reader, filter, PageSession.before(cursor),
                    request.fetchSize()), request, postId -> Cursor.of(postId))
                    .mapAll(ids -> postViews.ofIds(ids, reader));
            posts = PostCard.of(page.items());
            next = page.next();
        }
        List<MemberView> members = inside ? views.members(group.id) : List.of();
        boolean owner = role.orElse(null) == GroupRole.OWNER;
        boolean lastOwner = owner && members.stream().filter(m -> m.role() == GroupRole.OWNER).count() == 1;
        return Templates
                .group(language.code(), view, inside, manager, owner, lastOwner, posts, next, members,
                        manager ? views.joinRequests(group.id).size() : 0,
                        Composer.inGroup(group.id, draft, composerErrors, language.isEnglish()), errors)
                .setLocale(language.locale());
    }

    /** A form's action on the group, by the signed-in reader. */
    private interface Action {

        void run(long reader, Group group);
    }
}
