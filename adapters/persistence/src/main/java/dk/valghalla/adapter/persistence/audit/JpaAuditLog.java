package dk.valghalla.adapter.persistence.audit;

import dk.valghalla.adapter.persistence.shared.LikePatterns;
import dk.valghalla.application.audit.port.out.AuditLog;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.audit.AuditAction;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.audit.AuditFilter;
import dk.valghalla.domain.shared.Actor;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {
    private final AuditEntryPanacheRepository panache;

    public JpaAuditLog(AuditEntryPanacheRepository panache) {
        this.panache = panache;
    }


    @Override
    public void append(AuditEntry entry) {
        AuditEntryEntity e = new AuditEntryEntity();
        e.id = entry.id();
        e.occurredAt = entry.occurredAt();
        e.actorKind = entry.actor().kind().name();
        e.actorId = entry.actor().id();
        e.actorName = entry.actor().displayName();
        e.action = entry.action().name();
        e.objectType = entry.objectType();
        e.objectId = entry.objectId();
        e.summary = entry.summary();
        panache.persist(e);
    }

    @Override
    public Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.action() != null) {
            where.add("action = :action");
            params.and("action", filter.action().name());
        }
        if (filter.objectType() != null) {
            where.add("upper(objectType) = :objectType");
            params.and("objectType", filter.objectType().toUpperCase(Locale.ROOT));
        }
        if (filter.actorText() != null) {
            where.add("(lower(actorName) like :actor escape '\\' or lower(actorId) like :actor escape '\\')");
            params.and("actor", LikePatterns.contains(filter.actorText()));
        }
        if (filter.from() != null) {
            where.add("occurredAt >= :from");
            params.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("occurredAt < :to");
            params.and("to", filter.to());
        }
        Sort newestFirst = Sort.descending("occurredAt").and("id");
        PanacheQuery<AuditEntryEntity> query = where.isEmpty()
                ? panache.findAll(newestFirst)
                : panache.find(String.join(" and ", where), newestFirst, params);
        List<AuditEntry> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size()))
                .list().stream().map(JpaAuditLog::toDomain).toList();
        return new Page<>(items, query.count(), page.page(), page.size());
    }

    private static AuditEntry toDomain(AuditEntryEntity e) {
        return new AuditEntry(e.id, e.occurredAt, new Actor(Actor.Kind.valueOf(e.actorKind), e.actorId, e.actorName),
                AuditAction.valueOf(e.action), e.objectType, e.objectId, e.summary);
    }
}
