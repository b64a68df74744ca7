package nl.relay.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** {@code /api/admin/outbox}: for admins, the background work that waits, and what was parked after failing. */
@Path("/api/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Operations")
public class OutboxResource {

    private final EntityManager entityManager;

    OutboxResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The outbox at a glance: how many tasks wait, and the parked ones with their last error. */
    public record OutboxState(long waiting, long parked, List<ParkedTask> parkedTasks) {
    }

    /** A task that failed too often and waits for an admin. */
    public record ParkedTask(long id, String kind, long subjectId, int attempts, String lastError, Instant createdAt) {
    }

    @GET
    @Operation(summary = "Background work (admins)", description = "How many tasks wait, and the parked ones (the "
            + "newest 100) with their last error: for example mails that failed 15 times.")
    @SuppressWarnings("unchecked")
    public OutboxState state() {
        Object[] counts = (Object[]) entityManager.createNativeQuery("select count(*) filter (where run_after <> "
                + "'infinity'), count(*) filter (where run_after = 'infinity') from outbox_task").getSingleResult();
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, kind, subject_id, attempts, last_error, created_at from outbox_task
                where run_after = 'infinity' order by id desc limit 100""").getResultList();
        return new OutboxState(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(),
                rows.stream().map(r -> new ParkedTask(((Number) r[0]).longValue(), (String) r[1],
                        ((Number) r[2]).longValue(), ((Number) r[3]).intValue(), (String) r[4],
                        SqlValues.instant(r[5]))).toList());
    }

    @POST
    @Path("/{id}/retry")
    @Transactional
    @ResponseStatus(204)
    @Operation(summary = "Retry a parked task now (admins)", description = "Its attempts start again from zero.")
    public void retry(@PathParam("id") String id) {
        long taskId = PathIds.parse(id, () -> new NotFound("There is no such parked task."));
        int updated = entityManager.createNativeQuery("update outbox_task set run_after = now(), attempts = 0 "
                + "where id = ?1 and run_after = 'infinity'").setParameter(1, taskId).executeUpdate();
        if (updated == 0) {
            throw new NotFound("There is no such parked task.");
        }
    }
}
