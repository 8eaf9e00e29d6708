package dk.valghalla.application.participant.port.out;

import dk.valghalla.domain.participant.SealedCpr;
import dk.valghalla.domain.shared.CprNumber;

/**
 * Keeps CPR numbers out of sight at rest: seals them (encrypted, for the current municipality only), opens them
 * again where a use case needs the digits (an audited act), and derives a lookup key that finds a participant by CPR
 * number without opening anything. Keys never leave the vault.
 */
public interface CprVault {
    /** The sealed form of a CPR number, with its masked form and its lookup key. */
    SealedCpr seal(CprNumber cpr);

    /** The digits of a sealed number; refuses a number sealed for another municipality or with an unknown key. */
    CprNumber open(SealedCpr sealed);

    /** The lookup key of a CPR number: equal numbers give equal keys within a municipality. */
    String lookupKey(CprNumber cpr);
}
