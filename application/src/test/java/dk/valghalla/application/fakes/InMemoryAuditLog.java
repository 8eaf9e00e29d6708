package dk.valghalla.application.fakes;

import dk.valghalla.application.audit.port.out.AuditLog;
import dk.valghalla.application.shared.Page;
import dk.valghalla.application.shared.PageRequest;
import dk.valghalla.domain.audit.AuditEntry;
import dk.valghalla.domain.audit.AuditFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

public class InMemoryAuditLog implements AuditLog {
    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void append(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public Page<AuditEntry> search(AuditFilter f, PageRequest page) {
        List<AuditEntry> matches = entries.stream()
                .filter(e -> f.action() == null || e.action() == f.action())
                .filter(e -> f.objectType() == null || e.objectType().equalsIgnoreCase(f.objectType()))
                .filter(e -> f.actorText() == null
                        || e.actor().describe().toLowerCase(Locale.ROOT).contains(f.actorText().toLowerCase(Locale.ROOT)))
                .filter(e -> f.from() == null || !e.occurredAt().isBefore(f.from()))
                .filter(e -> f.to() == null || e.occurredAt().isBefore(f.to()))
                .sorted(Comparator.comparing(AuditEntry::occurredAt).reversed())
                .toList();
        List<AuditEntry> slice = matches.stream().skip(page.offset()).limit(page.size()).toList();
        return new Page<>(slice, matches.size(), page.page(), page.size());
    }

    public List<AuditEntry> entries() {
        return List.copyOf(entries);
    }
}
