package dk.valghalla.adapter.rest.admin.audit;

import dk.valghalla.adapter.rest.RestMapperConfig;
import dk.valghalla.application.shared.Page;
import dk.valghalla.domain.audit.AuditEntry;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = RestMapperConfig.class)
public interface AuditEntryDtoMapper {

    @Mapping(target = "actor", expression = "java(entry.actor().describe())")
    AuditEntryResponse toResponse(AuditEntry entry);

    AuditPageResponse toResponse(Page<AuditEntry> page);
}
