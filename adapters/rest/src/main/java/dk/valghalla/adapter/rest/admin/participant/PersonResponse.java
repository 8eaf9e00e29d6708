package dk.valghalla.adapter.rest.admin.participant;

import dk.valghalla.domain.participant.CountryCode;
import dk.valghalla.domain.participant.DanishAddress;
import dk.valghalla.domain.participant.ForeignAddress;
import dk.valghalla.domain.participant.PersonFacts;
import dk.valghalla.domain.participant.PersonName;
import dk.valghalla.domain.tenant.MunicipalityCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the CPR register says about a person, with the facts the eligibility rules use spelled out, and when it was
 * fetched ({@code fetchedAt}: the data's age). Never the CPR number itself.
 */
public record PersonResponse(String firstNames, String middleName, String lastName, String fullName,
                             LocalDate birthDate, int age, String status, boolean alive, AddressResponse address,
                             ForeignAddressResponse foreignAddress, Integer citizenship, boolean danishCitizen,
                             boolean residentInMunicipality, boolean emigrated, String guardianship,
                             boolean underGuardianship, boolean addressProtected, String digitalPost,
                             Instant fetchedAt) {
    public record AddressResponse(String streetAddress, String postalCode, String postDistrict, String municipalityCode,
                                  String coName) {
    }

    public record ForeignAddressResponse(List<String> lines, Integer countryCode, LocalDate emigrationDate) {
    }

    static PersonResponse from(PersonFacts person, PersonName name, boolean addressProtected, String digitalPost,
                               Instant fetchedAt, LocalDate today, MunicipalityCode municipality) {
        return new PersonResponse(name.firstNames(), name.middleName().orElse(null), name.lastName(), name.fullName(),
                person.birthDate(), person.ageOn(today), person.status().name(), person.isAlive(),
                person.address().map(PersonResponse::address).orElse(null),
                person.foreignAddress().map(PersonResponse::foreign).orElse(null),
                person.citizenship().map(CountryCode::value).orElse(null), person.isDanishCitizen(),
                person.livesIn(municipality), person.hasEmigrated(), person.guardianship().name(),
                person.isUnderGuardianship(), addressProtected, digitalPost, fetchedAt);
    }

    private static AddressResponse address(DanishAddress a) {
        return new AddressResponse(a.streetAddress(), a.postalCode(), a.postDistrict(), a.municipality().value(),
                a.coName().orElse(null));
    }

    private static ForeignAddressResponse foreign(ForeignAddress f) {
        return new ForeignAddressResponse(f.lines(), f.country().map(CountryCode::value).orElse(null),
                f.emigrationDate().orElse(null));
    }
}
