package dk.valghalla.application.webcontent.port.in;

/** @param expectedVersion 0 when never saved */
public record ReviseContactInformationCommand(String municipalityName, String department, String address,
                                              String postalCode, String city, String phone, String email,
                                              String digitalPostUrl, long expectedVersion) {
}
