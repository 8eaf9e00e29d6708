package dk.valghalla.archfixture.application.other;

import dk.valghalla.archfixture.application.bad.service.BadService;

/** Makes a cycle between application contexts with BadThing. */
public class OtherThing {
    BadService service;
    dk.valghalla.archfixture.application.bad.BadThing thing;
}
