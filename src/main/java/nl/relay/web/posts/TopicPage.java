package nl.relay.web.posts;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.relay.community.help.Experts;
import nl.relay.feeds.Follows;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.posts.PostText;
import nl.relay.posts.StreamFilter;
import nl.relay.web.PageSession;
import nl.relay.web.alerts.AlertMe;
import nl.relay.web.alerts.AlertSubject;
import nl.relay.web.help.HelpAside;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A topic's posts, with a follow button and an "alert me" button. */
@Path("/topics/{name}")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class TopicPage {

    private final StreamPage lists;
    private final PageSession session;
    private final Follows follows;
    private final AlertMe alertMe;
    private final Experts experts;

    TopicPage(StreamPage lists, PageSession session, Follows follows, AlertMe alertMe, Experts experts) {
        this.lists = lists;
        this.experts = experts;
        this.session = session;
        this.follows = follows;
        this.alertMe = alertMe;
    }

    @GET
    @Operation(hidden = true)
    public Response topic(@PathParam("name") String name, @QueryParam("cursor") String cursor) {
        return session.signedIn(reader -> {
            Optional<String> topic = PostText.normaliseTopic(name);
            if (topic.isEmpty()) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            StreamFilter filter = new StreamFilter();
            filter.topic = topic.get();
            boolean following = follows.of(reader).topics().contains(topic.get());
            String encoded = URLEncoder.encode(topic.get(), StandardCharsets.UTF_8);
            return lists.render(reader, filter, cursor, "#" + topic.get(), true, "/topics/" + encoded + "/follow",
                    following, false, "/topics/" + encoded + "?",
                    alertMe.buttons(reader).of(AlertSubject.topic(topic.get(), encoded)),
                    cursor != null ? null : HelpAside.ofExperts(experts.onTopic(reader, topic.get(), Experts.SHOWN)));
        });
    }

    @POST
    @Path("/follow")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response followTopic(@PathParam("name") String name, @FormParam("follow") String follow) {
        return session.signedIn(reader -> {
            try {
                if ("false".equals(follow)) {
                    follows.unfollowTopic(reader, name);
                } else {
                    follows.followTopic(reader, name);
                }
            } catch (InvalidInput e) {
                return Response.status(404).entity(lists.notFound()).build();
            }
            return Response.seeOther(URI.create("/topics/" + URLEncoder.encode(
                    PostText.normaliseTopic(name).orElse(""), StandardCharsets.UTF_8))).build();
        });
    }

    /** Makes the reader's alert on this topic ({@code onderwerp:ict}), or goes to the one they have. */
    @POST
    @Path("/alert")
    @Operation(hidden = true)
    public Response alertMe(@PathParam("name") String name) {
        return session.signedIn(reader -> PostText.normaliseTopic(name)
                .map(topic -> alertMe.create(reader, AlertSubject.topic(topic, URLEncoder.encode(topic,
                        StandardCharsets.UTF_8))))
                .orElseGet(() -> Response.status(404).entity(lists.notFound()).build()));
    }
}
