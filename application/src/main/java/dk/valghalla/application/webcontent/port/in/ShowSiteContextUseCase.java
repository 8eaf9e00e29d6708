package dk.valghalla.application.webcontent.port.in;

/** What the participant site's frame needs to know: which pages are on, whether an election is active, the logo. */
public interface ShowSiteContextUseCase {
    SiteContext showSiteContext();
}
