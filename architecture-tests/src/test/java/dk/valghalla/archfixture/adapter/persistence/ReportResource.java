package dk.valghalla.archfixture.adapter.persistence;

/** Breaks "resources live in the REST adapter" and "JAX-RS endpoints are resources". */
@jakarta.ws.rs.Path("/reports")
public class ReportResource {
}
