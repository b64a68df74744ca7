package nl.relay.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.relay.platform.errors.Conflict;
import nl.relay.platform.errors.InvalidInput;
import nl.relay.platform.errors.NotFound;
import nl.relay.platform.errors.Problem;
import nl.relay.platform.errors.UniqueViolation;
import nl.relay.platform.text.OneLine;

/** Adds a client to the directory, or changes one; names are unique ignoring case and accents. */
@ApplicationScoped
public class SaveClient {

    @Transactional
    public Client create(ClientDetails details) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (details.name() == null || details.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        }
        if (details.sectorCode() == null) {
            errors.add(new Problem.FieldError("sectorCode", "must not be null"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Client client = new Client();
        apply(client, details);
        flush(client, true);
        return client;
    }

    @Transactional
    public Client change(long id, ClientDetails details) {
        Client client = Client.<Client>findByIdOptional(id)
                .orElseThrow(() -> new NotFound("There is no client " + id + "."));
        if (details.name() != null && details.name().isBlank()) {
            throw new InvalidInput("name", "must not be blank");
        }
        apply(client, details);
        flush(client, false);
        return client;
    }

    /** Writes the client; a name another request took meanwhile is the same conflict as one taken before. */
    private static void flush(Client client, boolean isNew) {
        try {
            if (isNew) {
                client.persistAndFlush();
            } else {
                client.flush();
            }
        } catch (PersistenceException e) {
            if (UniqueViolation.isCause(e)) {
                throw new Conflict("There is already a client named '" + client.name + "'.");
            }
            throw e;
        }
    }

    private static void apply(Client client, ClientDetails details) {
        requireOneLine(details);
        if (details.sectorCode() != null) {
            client.sectorCode = Sector.byCode(details.sectorCode())
                    .orElseThrow(() -> new InvalidInput("sectorCode", "is not a known sector")).code;
        }
        if (details.aliases() != null) {
            client.aliases = new LinkedHashSet<>(details.aliases()).toArray(String[]::new);
        }
        if (details.name() != null) {
            Client.withNameKey(details.name()).filter(other -> !other.id.equals(client.id)).ifPresent(other -> {
                throw new Conflict("There is already a client named '" + other.name + "'.");
            });
            client.name = details.name();
        }
    }

    /** Client names reach email subjects (alerts name them): every name is one line. */
    private static void requireOneLine(ClientDetails details) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!OneLine.Check.holds(details.name())) {
            errors.add(new Problem.FieldError("name", OneLine.MESSAGE));
        }
        if (details.aliases() != null && !details.aliases().stream().allMatch(OneLine.Check::holds)) {
            errors.add(new Problem.FieldError("aliases", OneLine.MESSAGE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
