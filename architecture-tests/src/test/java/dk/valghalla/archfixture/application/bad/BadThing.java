package dk.valghalla.archfixture.application.bad;

import dk.valghalla.archfixture.application.other.OtherThing;

public class BadThing {
    OtherThing other;
}
