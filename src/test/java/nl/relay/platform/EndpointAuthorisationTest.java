package nl.relay.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.relay.platform.errors.ErrorTable;
import org.junit.jupiter.api.Test;

/**
 * Fails when an endpoint is added without saying who may call it. (The runtime also denies such
 * endpoints, but a silent 403 is easy to miss: this names them.)
 */
class EndpointAuthorisationTest {

    private static final List<Class<? extends Annotation>> RULES = List.of(PermitAll.class, RolesAllowed.class,
            Authenticated.class, DenyAll.class);
    private static final List<Class<? extends Annotation>> VERBS = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class, HEAD.class);

    @Test
    void everyEndpointDeclaresWhoMayCallIt() throws Exception {
        List<String> unguarded = new ArrayList<>();
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() >= 4, "expected to find the resource classes, found " + resources);
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = VERBS.stream().anyMatch(method::isAnnotationPresent)
                        || method.isAnnotationPresent(Path.class);
                if (endpoint && !hasRule(method) && !hasRule(resource)) {
                    unguarded.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(unguarded.isEmpty(), "Endpoints without an authorisation rule: " + unguarded);
    }

    private static boolean hasRule(AnnotatedElement element) {
        return RULES.stream().anyMatch(element::isAnnotationPresent);
    }

    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths
                .get(ErrorTable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("nl/relay"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EndpointAuthorisationTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
