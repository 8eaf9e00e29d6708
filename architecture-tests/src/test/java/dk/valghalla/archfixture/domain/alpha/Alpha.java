package dk.valghalla.archfixture.domain.alpha;

import dk.valghalla.archfixture.domain.beta.Beta;

/** Alpha and Beta use each other: a cycle between domain contexts. */
public class Alpha {
    Beta beta;
}
