package dk.valghalla.adapter.cpr.sf1520;

import dk.valghalla.adapter.cpr.fake.Sf1520Fixtures;
import dk.valghalla.adapter.cpr.sf1520.generated.PersonLookupResponseType;
import dk.valghalla.domain.shared.CprNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Sf1520PersonMapperTest {

    @ParameterizedTest
    @CsvSource({"0101901234,1990-01-01", "1506104321,2010-06-15", "0101374321,1937-01-01", "0101585321,1858-01-01",
            "0101575321,2057-01-01", "0101369321,2036-01-01"})
    void withoutABirthDateTheCprNumberGivesIt(String cpr, LocalDate born) {
        assertThat(Sf1520PersonMapper.birthDateFromCprNumber(CprNumber.of(cpr))).isEqualTo(born);
    }

    @Test
    void theBirthDateFromTheRegisterWinsOverTheCprNumber() {
        PersonLookupResponseType r = Sf1520Fixtures.response(Sf1520Fixtures.ADULT).orElseThrow();
        r.getPersondata().setFoedselsdato(null);

        assertThat(Sf1520PersonMapper.toPerson(CprNumber.of(Sf1520Fixtures.ADULT), r).birthDate())
                .isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void anAnswerWithoutStatusIsUnusable() {
        PersonLookupResponseType r = Sf1520Fixtures.response(Sf1520Fixtures.ADULT).orElseThrow();
        r.getPersondata().setStatus(null);

        assertThatThrownBy(() -> Sf1520PersonMapper.toPerson(CprNumber.of(Sf1520Fixtures.ADULT), r))
                .isInstanceOf(Sf1520ResponseException.class);
    }

    @Test
    void anEndedGuardianshipDoesNotCount() {
        PersonLookupResponseType r = Sf1520Fixtures.response(Sf1520Fixtures.UNDER_GUARDIANSHIP).orElseThrow();
        r.getPersondata().getUmyndiggoerelse().setUmyndiggoerelseSlettedato(
                javax.xml.datatype.DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar("2020-01-01"));

        assertThat(Sf1520PersonMapper.toPerson(CprNumber.of(Sf1520Fixtures.UNDER_GUARDIANSHIP), r).isUnderGuardianship())
                .isFalse();
    }
}
