package dk.valghalla.adapter.cpr.fake;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.StaxOutInterceptor;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Replaces the SOAP fault for {@link FakeGatewayFailure} by what a failing gateway sends: HTTP 500 with an HTML page
 * and no SOAP envelope.
 */
public class FakeGatewayErrorInterceptor extends AbstractPhaseInterceptor<Message> {
    private static final byte[] PAGE = ("<html><head><title>500 Internal Server Error</title></head>"
            + "<body><h1>Internal Server Error</h1></body></html>").getBytes(StandardCharsets.UTF_8);

    public FakeGatewayErrorInterceptor() {
        super(Phase.PRE_STREAM);
        addBefore(StaxOutInterceptor.class.getName());
    }

    @Override
    public void handleMessage(Message message) {
        if (!causedByGatewayFailure(message.getContent(Exception.class))) {
            return;
        }
        message.put(Message.RESPONSE_CODE, 500);
        message.put(Message.CONTENT_TYPE, "text/html; charset=UTF-8");
        OutputStream out = message.getContent(OutputStream.class);
        try {
            out.write(PAGE);
            out.flush();
            out.close();
        } catch (IOException e) {
            throw new Fault(e);
        }
        message.getInterceptorChain().abort();
    }

    private static boolean causedByGatewayFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FakeGatewayFailure) {
                return true;
            }
        }
        return false;
    }
}
