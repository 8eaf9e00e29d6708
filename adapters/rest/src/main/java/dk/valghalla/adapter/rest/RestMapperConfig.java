package dk.valghalla.adapter.rest;

import org.mapstruct.MapperConfig;
import org.mapstruct.MappingConstants;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct settings of the REST adapter: CDI beans, and a build failure for any unmapped field. */
@MapperConfig(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
        unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface RestMapperConfig {
}
