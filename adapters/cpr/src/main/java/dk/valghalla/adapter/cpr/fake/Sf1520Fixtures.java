package dk.valghalla.adapter.cpr.fake;

import dk.valghalla.adapter.cpr.sf1520.generated.AdresseType;
import dk.valghalla.adapter.cpr.sf1520.generated.AdressedataType;
import dk.valghalla.adapter.cpr.sf1520.generated.BeskyttelseType;
import dk.valghalla.adapter.cpr.sf1520.generated.NavnType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupResponseType;
import dk.valghalla.adapter.cpr.sf1520.generated.PersondataType;
import dk.valghalla.adapter.cpr.sf1520.generated.StatsborgerskabType;
import dk.valghalla.adapter.cpr.sf1520.generated.StatusType;
import dk.valghalla.adapter.cpr.sf1520.generated.UdrejseoplysningerType;
import dk.valghalla.adapter.cpr.sf1520.generated.UmyndiggoerelseType;
import dk.valghalla.adapter.cpr.sf1520.generated.UsikkerhedDatoTidType;
import dk.valghalla.adapter.cpr.sf1520.generated.UsikkerhedDatoType;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The persons of the fake SF1520 server: the one place where the fixture CPR numbers are defined and documented.
 * All are made up (ddmmyy + four digits; the date is the birth date); none passes for a real person.
 *
 * <table>
 *   <caption>Fixtures</caption>
 *   <tr><th>CPR number</th><th>constant</th><th>what the fake answers</th></tr>
 *   <tr><td>0101901234</td><td>{@link #ADULT}</td><td>Anne Marie Jensen, born 1990-01-01, active (1), Danish (5100),
 *       lives in municipality 0999 (the local run's Demo Kommune), Digital Post subscribed</td></tr>
 *   <tr><td>1506104321</td><td>{@link #MINOR}</td><td>born 2010-06-15: under 18 until 2028-06-15 (17 on 2027-11-01)</td></tr>
 *   <tr><td>0203451111</td><td>{@link #DEAD}</td><td>status 90 (dead), no address</td></tr>
 *   <tr><td>0304562222</td><td>{@link #DISAPPEARED}</td><td>status 70 (disappeared), no address</td></tr>
 *   <tr><td>0405803333</td><td>{@link #FOREIGN_CITIZEN}</td><td>citizenship country code 5120 (not Danish)</td></tr>
 *   <tr><td>0506784444</td><td>{@link #OTHER_MUNICIPALITY}</td><td>lives in municipality 101 (København; sent unpadded)</td></tr>
 *   <tr><td>0607755555</td><td>{@link #UNDER_GUARDIANSHIP}</td><td>{@code umyndiggjort=true}</td></tr>
 *   <tr><td>0708856666</td><td>{@link #PROTECTED_ADDRESS}</td><td>{@code adressebeskyttelse/beskyttet=true}</td></tr>
 *   <tr><td>0809707777</td><td>{@link #EMIGRATED}</td><td>status 80, foreign address in Sweden (5120) only</td></tr>
 *   <tr><td>0910888888</td><td>{@link #NO_DIGITAL_POST}</td><td>{@code tilmeldtDigitalpost=false}</td></tr>
 *   <tr><td>1011999999</td><td>{@link #UNKNOWN}</td><td>SOAP fault, ServiceplatformFault "PNR not found" (as does
 *       every CPR number not in this table)</td></tr>
 *   <tr><td>1112951010</td><td>{@link #SLOW}</td><td>answers like {@link #ADULT}, but only after
 *       {@code valghalla.cpr.fake.slow-delay} (default 10 s), beyond the client's time-out</td></tr>
 *   <tr><td>1201851919</td><td>{@link #FAILING}</td><td>HTTP 500 with an HTML page, as a broken gateway answers</td></tr>
 * </table>
 */
public final class Sf1520Fixtures {
    public static final String ADULT = "0101901234";
    public static final String MINOR = "1506104321";
    public static final String DEAD = "0203451111";
    public static final String DISAPPEARED = "0304562222";
    public static final String FOREIGN_CITIZEN = "0405803333";
    public static final String OTHER_MUNICIPALITY = "0506784444";
    public static final String UNDER_GUARDIANSHIP = "0607755555";
    public static final String PROTECTED_ADDRESS = "0708856666";
    public static final String EMIGRATED = "0809707777";
    public static final String NO_DIGITAL_POST = "0910888888";
    public static final String UNKNOWN = "1011999999";
    public static final String SLOW = "1112951010";
    public static final String FAILING = "1201851919";

    /** The municipality the fixture persons live in, unless said otherwise (Demo Kommune of the local run). */
    public static final int HOME_MUNICIPALITY = 999;
    public static final int OTHER_MUNICIPALITY_CODE = 101;
    public static final int DENMARK = 5100;
    public static final int SWEDEN = 5120;

    private Sf1520Fixtures() {
    }

    /**
     * For load tests only ({@code valghalla.cpr.fake.everyone-known=true}): any number outside the table answers as an
     * adult Dane in the home municipality, named after the number, born on its date (19xx).
     */
    public static PersonLookupResponseType generated(String pnr) {
        LocalDate born;
        try {
            born = LocalDate.of(1900 + Integer.parseInt(pnr.substring(4, 6)), Integer.parseInt(pnr.substring(2, 4)),
                    Integer.parseInt(pnr.substring(0, 2)));
        } catch (RuntimeException e) {
            born = LocalDate.of(1970, 1, 1);
        }
        return person(pnr, "Test", null, "Person " + pnr.substring(6), born, 1,
                danishAddress(HOME_MUNICIPALITY, "Testvej", "1", null, null, "9999", "Demoby"), null);
    }

    /** The answer for a CPR number, or empty when the register does not know it. */
    public static Optional<PersonLookupResponseType> response(String pnr) {
        return Optional.ofNullable(switch (pnr) {
            case ADULT, SLOW -> person(pnr, "Anne", "Marie", "Jensen", LocalDate.of(1990, 1, 1), 1,
                    danishAddress(HOME_MUNICIPALITY, "Rådhuspladsen", "1", "2", "th", "9999", "Demoby"), null);
            case MINOR -> person(pnr, "Emil", null, "Hansen", LocalDate.of(2010, 6, 15), 1,
                    danishAddress(HOME_MUNICIPALITY, "Skolevej", "4", null, null, "9999", "Demoby"), null);
            case DEAD -> person(pnr, "Karen", null, "Nielsen", LocalDate.of(1945, 3, 2), 90, null, null);
            case DISAPPEARED -> person(pnr, "Poul", null, "Larsen", LocalDate.of(1956, 4, 3), 70, null, null);
            case FOREIGN_CITIZEN -> withCitizenship(person(pnr, "Sven", null, "Svensson", LocalDate.of(1980, 5, 4), 1,
                    danishAddress(HOME_MUNICIPALITY, "Havnegade", "10", null, null, "9999", "Demoby"), null), SWEDEN);
            case OTHER_MUNICIPALITY -> person(pnr, "Mette", null, "Poulsen", LocalDate.of(1978, 6, 5), 1,
                    danishAddress(OTHER_MUNICIPALITY_CODE, "Vesterbrogade", "100", "st", null, "1620", "København V"), null);
            case UNDER_GUARDIANSHIP -> underGuardianship(person(pnr, "Jens", null, "Madsen", LocalDate.of(1975, 7, 6), 1,
                    danishAddress(HOME_MUNICIPALITY, "Parkvej", "7", null, null, "9999", "Demoby"), null));
            case PROTECTED_ADDRESS -> addressProtected(person(pnr, "Lise", null, "Kristensen", LocalDate.of(1985, 8, 7), 1,
                    danishAddress(HOME_MUNICIPALITY, "Skovbrynet", "3", null, null, "9999", "Demoby"), null));
            case EMIGRATED -> person(pnr, "Ole", null, "Andersen", LocalDate.of(1970, 9, 8), 80, null, emigration());
            case NO_DIGITAL_POST -> withoutDigitalPost(person(pnr, "Bent", null, "Rasmussen", LocalDate.of(1988, 10, 9), 1,
                    danishAddress(HOME_MUNICIPALITY, "Kirkestræde", "2", "1", "tv", "9999", "Demoby"), null));
            default -> null;
        });
    }

    private static PersonLookupResponseType person(String pnr, String first, String middle, String last, LocalDate born,
                                                   int status, AdresseType address, UdrejseoplysningerType emigration) {
        PersondataType data = new PersondataType();
        data.setPersonnummer(pnr);
        data.setGaeldendePersonnummer(pnr);
        NavnType name = new NavnType();
        name.setPersonadresseringsnavn(last + "," + first + (middle == null ? "" : " " + middle));
        name.setFornavn(first);
        name.setMellemnavn(middle);
        name.setEfternavn(last);
        data.setNavn(name);
        UsikkerhedDatoType birth = new UsikkerhedDatoType();
        birth.setDato(date(born));
        data.setFoedselsdato(birth);
        data.setAlder(BigInteger.valueOf(Math.max(0, Period.between(born, LocalDate.now()).getYears())));
        data.setAntalBoernUnder18(BigInteger.ZERO);
        StatusType statusType = new StatusType();
        statusType.setStatus(status);
        statusType.setStatusdato(dateTime(born));
        data.setStatus(statusType);
        StatsborgerskabType citizenship = new StatsborgerskabType();
        citizenship.setLandekode(BigInteger.valueOf(DENMARK));
        data.setStatsborgerskab(citizenship);
        data.setTilmeldtDigitalpost(status == 1 ? Boolean.TRUE : null);

        PersonLookupResponseType response = new PersonLookupResponseType();
        response.setPersondata(data);
        if (address != null || emigration != null) {
            AdressedataType addresses = new AdressedataType();
            addresses.setAktuelAdresse(address);
            addresses.setUdrejseoplysninger(emigration);
            response.setAdresse(addresses);
        }
        return response;
    }

    private static AdresseType danishAddress(int municipality, String street, String number, String floor, String door,
                                             String postalCode, String district) {
        AdresseType a = new AdresseType();
        a.setKommunekode(BigInteger.valueOf(municipality));
        a.setVejnavn(street);
        a.setHusnummer(number);
        a.setEtage(floor);
        a.setSidedoer(door);
        a.setPostnummer(postalCode);
        a.setPostdistrikt(district);
        a.setStandardadresse(street + " " + number + (floor == null ? "" : ", " + floor + "." + (door == null ? "" : " " + door)));
        return a;
    }

    private static UdrejseoplysningerType emigration() {
        UdrejseoplysningerType u = new UdrejseoplysningerType();
        u.setUdrejselandekode(BigInteger.valueOf(SWEDEN));
        u.setUdrejsedato(dateTime(LocalDate.of(2020, 8, 1)));
        u.setUdlandsadresse1("Storgatan 1");
        u.setUdlandsadresse2("111 22 Stockholm");
        u.setUdlandsadresse3("Sverige");
        return u;
    }

    private static PersonLookupResponseType withCitizenship(PersonLookupResponseType r, int country) {
        r.getPersondata().getStatsborgerskab().setLandekode(BigInteger.valueOf(country));
        return r;
    }

    private static PersonLookupResponseType underGuardianship(PersonLookupResponseType r) {
        UmyndiggoerelseType u = new UmyndiggoerelseType();
        UsikkerhedDatoType start = new UsikkerhedDatoType();
        start.setDato(date(LocalDate.of(2015, 1, 1)));
        u.setUmyndiggoerelseStartdato(start);
        u.setUmyndiggjort(Boolean.TRUE);
        r.getPersondata().setUmyndiggoerelse(u);
        return r;
    }

    private static PersonLookupResponseType addressProtected(PersonLookupResponseType r) {
        BeskyttelseType b = new BeskyttelseType();
        b.setStartdato(date(LocalDate.of(2019, 5, 1)));
        b.setBeskyttet(Boolean.TRUE);
        r.getPersondata().setAdressebeskyttelse(b);
        return r;
    }

    private static PersonLookupResponseType withoutDigitalPost(PersonLookupResponseType r) {
        r.getPersondata().setTilmeldtDigitalpost(Boolean.FALSE);
        return r;
    }

    private static XMLGregorianCalendar date(LocalDate d) {
        return DATATYPES.newXMLGregorianCalendarDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(),
                DatatypeConstants.FIELD_UNDEFINED);
    }

    private static UsikkerhedDatoTidType dateTime(LocalDate d) {
        UsikkerhedDatoTidType t = new UsikkerhedDatoTidType();
        t.setDato(DATATYPES.newXMLGregorianCalendar(d.atStartOfDay().toString() + ":00"));
        return t;
    }

    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
