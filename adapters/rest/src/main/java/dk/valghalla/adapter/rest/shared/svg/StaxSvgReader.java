package dk.valghalla.adapter.rest.shared.svg;

import dk.valghalla.application.webcontent.port.out.SvgReader;
import dk.valghalla.domain.webcontent.LogoNotSvgException;
import dk.valghalla.domain.webcontent.LogoUnsafeException;
import dk.valghalla.domain.webcontent.SvgAttribute;
import dk.valghalla.domain.webcontent.SvgElement;
import dk.valghalla.domain.webcontent.SvgMarkup;
import jakarta.enterprise.context.ApplicationScoped;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads SVG with the JDK's own StAX parser (never another implementation that happens to be on the class path), with
 * DTD support and external entities switched off and a resolver that refuses to load anything: an uploaded file can
 * make the server neither fetch a URL nor read a local file nor expand entities. A DTD with an internal subset and
 * unresolved entity references are refused as unsafe; text that is not well-formed XML is "not SVG". Whether the
 * structure is a safe logo is the domain's judgement ({@code SvgLogo}).
 */
@ApplicationScoped
public class StaxSvgReader implements SvgReader {
    /** Far more than any logo has; the 1 MB limit bounds the work anyway. */
    static final int MAX_ELEMENTS = 100_000;

    private final XMLInputFactory factory = safeFactory();

    static XMLInputFactory safeFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resources are never loaded (" + systemId + ")");
        });
        return f;
    }

    @Override
    public SvgMarkup read(String svgText) {
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(svgText));
            try {
                return read(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new LogoNotSvgException("it is not well-formed XML" + where);
        }
    }

    private record Open(int index, String namespace, String name, List<SvgAttribute> attributes, StringBuilder text) {
    }

    private static SvgMarkup read(XMLStreamReader reader) throws XMLStreamException {
        String encoding = reader.getCharacterEncodingScheme();
        List<SvgElement> elements = new ArrayList<>();
        List<String> instructions = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (elements.size() >= MAX_ELEMENTS) {
                        throw new LogoNotSvgException("it has more than " + MAX_ELEMENTS + " elements");
                    }
                    List<SvgAttribute> attributes = new ArrayList<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.add(new SvgAttribute(reader.getAttributeNamespace(i),
                                reader.getAttributeLocalName(i), reader.getAttributeValue(i)));
                    }
                    open.push(new Open(elements.size(), reader.getNamespaceURI(), reader.getLocalName(), attributes,
                            new StringBuilder()));
                    elements.add(null); // document order; filled in when the element ends
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Open e = open.pop();
                    elements.set(e.index(), new SvgElement(e.namespace(), e.name(), e.attributes(), e.text().toString()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text().append(reader.getText());
                    }
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> instructions.add(reader.getPITarget());
                case XMLStreamConstants.DTD -> {
                    if (reader.getText().contains("[")) {
                        throw new LogoUnsafeException("a document type declaration with an internal subset");
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new LogoUnsafeException("an entity reference (&" + reader.getLocalName() + ";)");
                default -> {
                    // comments, end of document
                }
            }
        }
        return new SvgMarkup(encoding, elements, instructions);
    }
}
