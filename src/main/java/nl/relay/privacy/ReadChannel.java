package nl.relay.privacy;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Through which channel the current read happens: {@code api} under /api/, {@code page} for the web pages, and
 * {@code read} outside a request (a job) or when the request cannot be told; and which reads this request already
 * recorded.
 */
@ApplicationScoped
class ReadChannel {

    static final String API = "api";
    static final String PAGE = "page";
    static final String OTHER = "read";
    private static final String RECORDED = "relay.person-reads-recorded";

    private final Instance<CurrentVertxRequest> request;

    ReadChannel(Instance<CurrentVertxRequest> request) {
        this.request = request;
    }

    String current() {
        RoutingContext context = context();
        if (context == null) {
            return OTHER;
        }
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/") ? API : PAGE;
    }

    /**
     * Of these subjects, those not yet recorded as read by this reader in the current request, now marked as recorded:
     * a request that reads a person twice (a change, then the answer) is one read. Outside a request, all of them.
     */
    List<Long> firstInRequest(long readerId, SubjectKind kind, List<Long> subjectIds) {
        RoutingContext context = context();
        if (context == null) {
            return subjectIds;
        }
        Set<String> recorded = context.get(RECORDED);
        if (recorded == null) {
            recorded = new HashSet<>();
            context.put(RECORDED, recorded);
        }
        List<Long> first = new ArrayList<>();
        for (Long subject : subjectIds) {
            if (recorded.add(readerId + "/" + kind + "/" + subject)) {
                first.add(subject);
            }
        }
        return first;
    }

    private RoutingContext context() {
        if (!Arc.container().requestContext().isActive() || !request.isResolvable()) {
            return null;
        }
        return request.get().getCurrent();
    }
}
