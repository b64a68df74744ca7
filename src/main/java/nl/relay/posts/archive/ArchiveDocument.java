package nl.relay.posts.archive;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Leaves the export's lines without a schema in /q/openapi: OpenAPI 3.0 cannot describe lines of JSON, and the
 * schema the generator infers from the streamed answer would describe it as one JSON document.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ArchiveDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem export = openAPI.getPaths().getPathItem(ArchiveResource.PATH);
        APIResponse ok = export == null || export.getGET() == null
                ? null
                : export.getGET().getResponses().getAPIResponse("200");
        MediaType lines = ok == null || ok.getContent() == null
                ? null
                : ok.getContent().getMediaType(ArchiveResource.NDJSON);
        if (lines != null) {
            lines.setSchema(null);
        }
    }
}
