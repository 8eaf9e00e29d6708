package dk.valghalla.adapter.cpr.support;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The official SF1520 v4 contract (KOMBIT), read where the project keeps it: {@code ../shared/specs/sf1520} next to
 * the repository root, or the directory in the system property {@code valghalla.sf1520.specs}. It is never copied
 * into the repository.
 */
public final class OfficialSf1520Contract {
    public static final String SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/";

    private final Schema schema;

    private OfficialSf1520Contract(Path dir) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(OfficialSf1520Contract::resolve);
        schema = factory.newSchema(new Source[]{
                new StreamSource(dir.resolve("PersonBaseDataExtendedServiceMsg.xsd").toFile()),
                new StreamSource(dir.resolve("sp/ServiceplatformFault_1.xsd").toFile())});
    }

    /**
     * A defect of the official contract: {@code xsd/PersonBaseDataExtendedServiceTypes.xsd} uses {@code cpr:PNRType}
     * without importing its namespace (only the including document does). .NET and JAXB accept that, Xerces does
     * not (src-resolve.4.2). The document is therefore read with the missing import added, in memory only.
     */
    private static LSInput resolve(String type, String namespace, String publicId, String systemId, String baseUri) {
        if (systemId == null || !systemId.endsWith("PersonBaseDataExtendedServiceTypes.xsd")) {
            return null;
        }
        try {
            URI location = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
            String text = Files.readString(Path.of(location));
            int endOfSchemaTag = text.indexOf('>', text.indexOf("<xsd:schema")) + 1;
            String patched = text.substring(0, endOfSchemaTag)
                    + "<xsd:import namespace=\"http://serviceplatformen.dk/xml/schemas/cpr/PNR/1/\" schemaLocation=\"../sp/PNR_1.xsd\"/>"
                    + text.substring(endOfSchemaTag);
            LSInput input = ((DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS"))
                    .createLSInput();
            input.setStringData(patched);
            input.setSystemId(location.toString());
            input.setBaseURI(baseUri);
            return input;
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + systemId, e);
        }
    }

    /** The contract, or empty (with the places looked at) when this machine does not have it. */
    public static Optional<OfficialSf1520Contract> load() throws SAXException {
        Optional<Path> dir = location();
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new OfficialSf1520Contract(dir.get()));
    }

    public static Optional<Path> location() {
        String configured = System.getProperty("valghalla.sf1520.specs");
        if (configured != null) {
            return Optional.of(Path.of(configured)).filter(OfficialSf1520Contract::isContract);
        }
        // From the module directory up to the repository root (the directory whose pom is valghalla-parent).
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (isRepositoryRoot(p) && p.getParent() != null) {
                return Optional.of(p.getParent().resolve("shared/specs/sf1520")).filter(OfficialSf1520Contract::isContract);
            }
        }
        return Optional.empty();
    }

    private static boolean isRepositoryRoot(Path p) {
        Path pom = p.resolve("pom.xml");
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>valghalla-parent</artifactId>")
                    && !Files.readString(pom).contains("<parent>");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isContract(Path dir) {
        return Files.isRegularFile(dir.resolve("PersonBaseDataExtendedServiceMsg.xsd"));
    }

    /** Validates one element (with its subtree) against the official schema set; throws on the first violation. */
    public void validate(Element element) throws SAXException, IOException {
        schema.newValidator().validate(new DOMSource(element));
    }

    /** The first element inside the SOAP body of an envelope. */
    public static Element bodyContent(String envelope) {
        Element body = (Element) parse(envelope).getElementsByTagNameNS(SOAP_ENV, "Body").item(0);
        return firstElement(body);
    }

    /** The first element inside {@code detail} of a SOAP 1.1 fault. */
    public static Element faultDetail(String envelope) {
        Element detail = (Element) parse(envelope).getElementsByTagName("detail").item(0);
        return firstElement(detail);
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    private static Element firstElement(Node parent) {
        if (parent == null) {
            throw new IllegalArgumentException("no such element in the envelope");
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new IllegalArgumentException("empty " + parent.getNodeName());
    }
}
