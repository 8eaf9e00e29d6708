package dk.valghalla.application.webcontent.port.in;

import dk.valghalla.domain.webcontent.Faq;

/** The FAQ page as the public sees it: only while it is switched on, else {@code faq.not_active}. */
public interface ShowPublishedFaqUseCase {
    Faq showPublishedFaq();
}
