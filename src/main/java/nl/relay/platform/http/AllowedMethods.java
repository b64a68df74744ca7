package nl.relay.platform.http;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.relay.platform.errors.ErrorTable;
import nl.relay.platform.errors.UnknownApiPath;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Which methods each path accepts, read once from the resource classes' annotations: the {@code Allow}
 * header of 405 answers (see ErrorTable) and of OPTIONS answers. The catch-all {@link UnknownApiPath}
 * only turns unknown paths into 404s and accepts nothing.
 */
@Singleton
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern
            .compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})*))?}");

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> resource = bean.getBeanClass();
            Path root = resource.getAnnotation(Path.class);
            if (root != null && resource != UnknownApiPath.class) {
                for (Method method : resource.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod != null) {
                        Path sub = method.getAnnotation(Path.class);
                        routes.add(new Route(template(root.value() + "/" + (sub == null ? "" : sub.value())),
                                httpMethod));
                    }
                }
            }
        }
    }

    /** The methods the path accepts, HEAD and OPTIONS included; empty for a path nothing serves. */
    public Set<String> of(String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes) {
            if (route.template().matcher(normalised).matches()) {
                allowed.add(route.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    /** The automatic OPTIONS answer lists what a resource class accepts anywhere; this lists the path's. */
    @ServerResponseFilter
    public void correctOptions(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getMethod().equals(HttpMethod.OPTIONS) && response.getHeaders().containsKey(HttpHeaders.ALLOW)) {
            Set<String> allowed = of(request.getUriInfo().getPath());
            if (!allowed.isEmpty()) {
                response.getHeaders().putSingle(HttpHeaders.ALLOW, String.join(", ", allowed));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a pattern: {name} is one segment, {name: regex} its regex. */
    private static Pattern template(String path) {
        String joined = ("/" + path).replaceAll("/+", "/");
        String trimmed = joined.length() > 1 && joined.endsWith("/")
                ? joined.substring(0, joined.length() - 1)
                : joined;
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(trimmed);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(trimmed.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).trim()).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(trimmed.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private record Route(Pattern template, String method) {
    }
}
