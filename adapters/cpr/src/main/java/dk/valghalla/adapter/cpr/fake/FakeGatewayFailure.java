package dk.valghalla.adapter.cpr.fake;

/** Thrown by the fake for {@link Sf1520Fixtures#FAILING}; {@link FakeGatewayErrorInterceptor} turns it into HTTP 500. */
public class FakeGatewayFailure extends RuntimeException {
    public FakeGatewayFailure() {
        super("The fake SF1520 gateway fails on purpose", null, false, false);
    }
}
