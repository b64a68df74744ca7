package nl.relay.notifications.stream;

import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponse;
import static org.eclipse.microprofile.openapi.OASFactory.createAPIResponses;
import static org.eclipse.microprofile.openapi.OASFactory.createContent;
import static org.eclipse.microprofile.openapi.OASFactory.createMediaType;
import static org.eclipse.microprofile.openapi.OASFactory.createOperation;
import static org.eclipse.microprofile.openapi.OASFactory.createParameter;
import static org.eclipse.microprofile.openapi.OASFactory.createPathItem;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import nl.relay.notifications.Notifications;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Puts the live stream in /q/openapi: it is served on the HTTP layer, not by a REST resource, so nothing
 * else would describe it. Its problem answers get their body from the document's common Problem schema.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NotificationStreamDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var problem = createContent().addMediaType("application/problem+json",
                createMediaType().schema(createSchema().ref("Problem")));
        openAPI.getPaths().addPathItem(NotificationStreamRoute.PATH, createPathItem().GET(createOperation()
                .operationId("notificationStream").addTag("Notifications")
                .summary("My notifications, live")
                .description("Server-sent events: each notification as `event: notification` with its id as the "
                        + "event id and the notification as data. Last-Event-ID replays what was missed, oldest first. "
                        + "New posts in the reader's home feed come as `event: feed` with `{\"postId\":123}` as data and no "
                        + "event id (Last-Event-ID keeps naming the last notification). "
                        + "The stream ends (event: session-ended) when the session it was opened with ends.")
                .parameters(List.of(createParameter().name("Last-Event-ID").in(Parameter.In.HEADER)
                        .description("The id of the last notification received").required(false)
                        .schema(createSchema().addType(Schema.SchemaType.STRING))))
                .responses(createAPIResponses()
                        .addAPIResponse("200", createAPIResponse().description("The stream")
                                .content(createContent().addMediaType("text/event-stream",
                                        createMediaType().schema(createSchema().addType(Schema.SchemaType.STRING)))))
                        .addAPIResponse("401", createAPIResponse().description("Not signed in").content(problem))
                        .addAPIResponse("405", createAPIResponse().description("Only GET").content(problem))
                        .addAPIResponse("422", createAPIResponse().description("Last-Event-ID is not a notification id")
                                .content(problem)))));
    }
}
