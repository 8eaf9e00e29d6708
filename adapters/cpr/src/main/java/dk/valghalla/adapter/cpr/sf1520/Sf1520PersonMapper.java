package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.sf1520.generated.AdresseType;
import dk.valghalla.adapter.cpr.sf1520.generated.AdressedataType;
import dk.valghalla.adapter.cpr.sf1520.generated.NavnType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupResponseType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersondataType;
import dk.valghalla.adapter.cpr.sf1520.generated.UdrejseoplysningerType;
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

import javax.xml.datatype.XMLGregorianCalendar;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SF1520 response (generated JAXB types) → the domain's {@link Person}. The JAXB types never leave this adapter. */
public final class Sf1520PersonMapper {
    private Sf1520PersonMapper() {
    }

    public static Person toPerson(CprNumber cpr, PersonLookupResponseType response) {
        PersondataType data = response == null ? null : response.getPersondata();
        if (data == null) {
            throw new Sf1520ResponseException("the response has no persondata");
        }
        if (data.getStatus() == null || data.getStatus().getStatus() == null) {
            throw new Sf1520ResponseException("the response has no status");
        }
        PersonStatus status;
        try {
            status = PersonStatus.ofCode(data.getStatus().getStatus());
        } catch (IllegalArgumentException e) {
            throw new Sf1520ResponseException(e.getMessage());
        }
        Optional<AdressedataType> addressData = Optional.ofNullable(response.getAdresse());
        return new Person(cpr, name(data.getNavn()), birthDate(cpr, data), status,
                addressData.map(AdressedataType::getAktuelAdresse).flatMap(Sf1520PersonMapper::danishAddress),
                addressData.map(AdressedataType::getUdrejseoplysninger).map(Sf1520PersonMapper::foreignAddress),
                Optional.ofNullable(data.getStatsborgerskab()).map(s -> s.getLandekode()).map(Sf1520PersonMapper::country),
                guardianship(data),
                data.getAdressebeskyttelse() != null && Boolean.TRUE.equals(data.getAdressebeskyttelse().isBeskyttet()),
                digitalPost(data.isTilmeldtDigitalpost()));
    }

    private static PersonName name(NavnType navn) {
        if (navn == null) {
            throw new Sf1520ResponseException("the response has no name");
        }
        return new PersonName(navn.getFornavn(), Optional.ofNullable(navn.getMellemnavn()), navn.getEfternavn(),
                navn.getPersonadresseringsnavn());
    }

    private static LocalDate birthDate(CprNumber cpr, PersondataType data) {
        if (data.getFoedselsdato() != null && data.getFoedselsdato().getDato() != null) {
            return date(data.getFoedselsdato().getDato());
        }
        return birthDateFromCprNumber(cpr);
    }

    /** The date of birth in the CPR number; the seventh digit gives the century. */
    static LocalDate birthDateFromCprNumber(CprNumber cpr) {
        String d = cpr.value();
        int day = Integer.parseInt(d.substring(0, 2));
        int month = Integer.parseInt(d.substring(2, 4));
        int yy = Integer.parseInt(d.substring(4, 6));
        int seventh = d.charAt(6) - '0';
        int century;
        if (seventh <= 3) {
            century = 1900;
        } else if (seventh == 4 || seventh == 9) {
            century = yy <= 36 ? 2000 : 1900;
        } else {
            century = yy <= 57 ? 2000 : 1800;
        }
        return LocalDate.of(century + yy, month, day);
    }

    private static Optional<DanishAddress> danishAddress(AdresseType a) {
        if (a.getKommunekode() == null) {
            return Optional.empty();
        }
        String street = a.getStandardadresse() != null && !a.getStandardadresse().isBlank() ? a.getStandardadresse()
                : Stream.of(a.getVejnavn(), a.getHusnummer(), floorAndDoor(a))
                        .filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(" "));
        return Optional.of(new DanishAddress(street, a.getPostnummer(), a.getPostdistrikt(),
                new MunicipalityCode(a.getKommunekode().toString()), Optional.ofNullable(a.getConavn())));
    }

    private static String floorAndDoor(AdresseType a) {
        String floor = a.getEtage() == null ? "" : a.getEtage().strip();
        String door = a.getSidedoer() == null ? "" : a.getSidedoer().strip();
        if (floor.isEmpty() && door.isEmpty()) {
            return null;
        }
        return floor.isEmpty() ? door : floor + "." + (door.isEmpty() ? "" : " " + door);
    }

    private static ForeignAddress foreignAddress(UdrejseoplysningerType u) {
        return new ForeignAddress(
                List.of(nz(u.getUdlandsadresse1()), nz(u.getUdlandsadresse2()), nz(u.getUdlandsadresse3()),
                        nz(u.getUdlandsadresse4()), nz(u.getUdlandsadresse5())),
                Optional.ofNullable(u.getUdrejselandekode()).map(Sf1520PersonMapper::country),
                Optional.ofNullable(u.getUdrejsedato()).map(d -> d.getDato()).map(Sf1520PersonMapper::date));
    }

    private static Guardianship guardianship(PersondataType data) {
        var u = data.getUmyndiggoerelse();
        boolean deprived = u != null && Boolean.TRUE.equals(u.isUmyndiggjort()) && u.getUmyndiggoerelseSlettedato() == null;
        return deprived ? Guardianship.DEPRIVED_OF_LEGAL_CAPACITY : Guardianship.NONE;
    }

    private static DigitalPostRegistration digitalPost(Boolean registered) {
        if (registered == null) {
            return DigitalPostRegistration.UNKNOWN;
        }
        return registered ? DigitalPostRegistration.SUBSCRIBED : DigitalPostRegistration.NOT_SUBSCRIBED;
    }

    private static CountryCode country(BigInteger code) {
        return new CountryCode(code.intValueExact());
    }

    private static LocalDate date(XMLGregorianCalendar c) {
        return LocalDate.of(c.getYear(), c.getMonth(), c.getDay());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
