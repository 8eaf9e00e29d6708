package dk.valghalla.archfixture.adapter.rest;

import dk.valghalla.archfixture.adapter.persistence.AreaStore;
import dk.valghalla.archfixture.application.bad.service.BadService;

/** Breaks "adapters use ports, never services", "adapters are independent" and "JAX-RS endpoints are resources". */
@jakarta.ws.rs.Path("/areas")
public class AreaController {
    BadService service;
    AreaStore store;
}
