package dk.valghalla.archfixture.domain.beta;

import dk.valghalla.archfixture.domain.alpha.Alpha;

public class Beta {
    Alpha alpha;
}
