package dk.valghalla.application.fakes;

import dk.valghalla.domain.participant.CountryCode;
import dk.valghalla.domain.participant.DanishAddress;
import dk.valghalla.domain.participant.DigitalPostRegistration;
import dk.valghalla.domain.participant.ForeignAddress;
import dk.valghalla.domain.participant.Guardianship;
import dk.valghalla.domain.participant.Person;
import dk.valghalla.domain.participant.PersonName;
import dk.valghalla.domain.participant.PersonStatus;
import dk.valghalla.domain.shared.CprNumber;
import dk.valghalla.domain.tenant.MunicipalityCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Persons as the CPR register would answer, for tests. The birth date follows from the CPR number (19xx). */
public final class TestPersons {
    public static final MunicipalityCode HOME = new MunicipalityCode("0999");

    private TestPersons() {
    }

    /** An adult Dane at a Danish address in {@link #HOME}, with Digital Post. */
    public static Person person(String cpr, String first, String last) {
        return person(cpr, first, last, false, DigitalPostRegistration.SUBSCRIBED);
    }

    public static Person person(String cpr, String first, String last, boolean addressProtected,
                                DigitalPostRegistration digitalPost) {
        CprNumber number = CprNumber.of(cpr);
        LocalDate born = LocalDate.of(1900 + Integer.parseInt(number.value().substring(4, 6)),
                Integer.parseInt(number.value().substring(2, 4)), Integer.parseInt(number.value().substring(0, 2)));
        return new Person(number, new PersonName(first, Optional.empty(), last, last + "," + first), born,
                PersonStatus.ACTIVE,
                Optional.of(new DanishAddress("Rådhuspladsen 1, 2. th", "9999", "Demoby", HOME, Optional.of("c/o Hansen"))),
                Optional.empty(), Optional.of(CountryCode.DENMARK), Guardianship.NONE, addressProtected, digitalPost);
    }

    /** Emigrated to Sweden: only a foreign address, not a Danish citizen. */
    public static Person emigrated(String cpr, String first, String last) {
        Person p = person(cpr, first, last);
        return new Person(p.cpr(), p.name(), p.birthDate(), PersonStatus.EMIGRATED, Optional.empty(),
                Optional.of(new ForeignAddress(List.of("Storgatan 1", "211 22 Malmö"), Optional.of(new CountryCode(5120)),
                        Optional.of(LocalDate.of(2020, 5, 1)))),
                Optional.of(new CountryCode(5120)), Guardianship.DEPRIVED_OF_LEGAL_CAPACITY, false,
                DigitalPostRegistration.UNKNOWN);
    }
}
