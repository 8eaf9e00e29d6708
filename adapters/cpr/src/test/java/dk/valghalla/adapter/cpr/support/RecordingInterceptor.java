package dk.valghalla.adapter.cpr.support;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the raw SOAP requests the fake SF1520 server receives, exactly as they came over the wire. */
public class RecordingInterceptor extends AbstractPhaseInterceptor<Message> {
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    public RecordingInterceptor() {
        super(Phase.RECEIVE);
    }

    @Override
    public void handleMessage(Message message) {
        InputStream in = message.getContent(InputStream.class);
        if (in == null) {
            return;
        }
        try {
            byte[] body = in.readAllBytes();
            message.setContent(InputStream.class, new ByteArrayInputStream(body));
            REQUESTS.add(new String(body, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Fault(e);
        }
    }

    public static void clear() {
        REQUESTS.clear();
    }

    public static List<String> requests() {
        return List.copyOf(REQUESTS);
    }
}
