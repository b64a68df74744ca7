package nl.relay.notifications.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import nl.relay.platform.outbox.OutboxHandler;

/** Outbox job: what a due digest tells in the app, section by section (such as alert summaries). */
@ApplicationScoped
class NoticeDigest implements OutboxHandler<DigestDue> {

    private final List<DigestSection> sections;

    NoticeDigest(Instance<DigestSection> sections) {
        this.sections = sections.stream().toList();
    }

    @Override
    public String name() {
        return "digest.app";
    }

    @Override
    public Class<DigestDue> takes() {
        return DigestDue.class;
    }

    @Override
    public void handle(DigestDue due) {
        sections.forEach(section -> section.notice(due));
    }
}
