package nl.relay.platform.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * OpenAPI 3.0 cannot mark a reference nullable: {@code nullable} beside {@code allOf: [$ref]} still
 * requires the referenced (non-null) schema, so a {@code null} there would break the document's own
 * rules. A nullable property that refers to another schema gets a copy of that schema, made nullable.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferences implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Map<Schema, Schema> copies = new IdentityHashMap<>();
        for (Schema component : components.values()) {
            if (component.getProperties() == null) {
                continue;
            }
            Map<String, Schema> properties = new LinkedHashMap<>(component.getProperties());
            properties.replaceAll((name, property) -> inlined(property, components, copies));
            component.setProperties(properties);
        }
        // A copy made before its original's own properties were inlined takes them as they are now.
        copies.forEach((copy, original) -> copy.setProperties(original.getProperties()));
    }

    private static Schema inlined(Schema property, Map<String, Schema> components, Map<Schema, Schema> copies) {
        String ref = reference(property);
        if (ref == null || !isNullable(property) || !components.containsKey(ref.substring(PREFIX.length()))) {
            return property;
        }
        Schema target = components.get(ref.substring(PREFIX.length()));
        Schema copy = OASFactory.createSchema()
                .type(target.getType() == null ? null : new java.util.ArrayList<>(target.getType()))
                .format(target.getFormat())
                .description(property.getDescription() != null ? property.getDescription() : target.getDescription())
                .properties(target.getProperties())
                .required(target.getRequired())
                .items(target.getItems())
                .enumeration(target.getEnumeration())
                .additionalPropertiesSchema(target.getAdditionalPropertiesSchema());
        if (copy.getType() != null && !copy.getType().contains(Schema.SchemaType.NULL)) {
            copy.addType(Schema.SchemaType.NULL);
        }
        copies.put(copy, target);
        return copy;
    }

    /** The one schema a property refers to: as $ref itself, or as the single entry of allOf, anyOf or oneOf. */
    private static String reference(Schema property) {
        if (property.getRef() != null) {
            return property.getRef().startsWith(PREFIX) ? property.getRef() : null;
        }
        for (List<Schema> composed : new List[]{property.getAllOf(), property.getAnyOf(), property.getOneOf()}) {
            if (composed != null) {
                List<Schema> refs = composed.stream().filter(s -> s.getRef() != null).toList();
                if (refs.size() == 1 && refs.get(0).getRef().startsWith(PREFIX)) {
                    return refs.get(0).getRef();
                }
            }
        }
        return null;
    }

    private static boolean isNullable(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        for (List<Schema> composed : new List[]{property.getAnyOf(), property.getOneOf()}) {
            if (composed != null && composed.stream()
                    .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(Schema.SchemaType.NULL)))) {
                return true;
            }
        }
        return false;
    }
}
