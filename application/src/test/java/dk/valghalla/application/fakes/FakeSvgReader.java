package dk.valghalla.application.fakes;

import dk.valghalla.application.webcontent.port.out.SvgReader;
import dk.valghalla.domain.webcontent.LogoNotSvgException;
import dk.valghalla.domain.webcontent.SvgAttribute;
import dk.valghalla.domain.webcontent.SvgElement;
import dk.valghalla.domain.webcontent.SvgMarkup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A crude stand-in for the real XML reader: finds start tags and their double-quoted attributes with regular
 * expressions; every element is in the SVG namespace if the text declares it. Text without a start tag is "not XML".
 */
public class FakeSvgReader implements SvgReader {
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w.-]*:)?([A-Za-z][\\w.-]*)([^<>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.:-]+)\\s*=\\s*\"([^\"]*)\"");

    @Override
    public SvgMarkup read(String svgText) {
        String namespace = svgText.contains("xmlns=\"" + SvgMarkup.SVG_NAMESPACE + "\"") ? SvgMarkup.SVG_NAMESPACE : "";
        List<SvgElement> elements = new ArrayList<>();
        Matcher tag = START_TAG.matcher(svgText);
        while (tag.find()) {
            List<SvgAttribute> attributes = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1);
                attributes.add(new SvgAttribute("", name.substring(name.indexOf(':') + 1), attribute.group(2)));
            }
            elements.add(new SvgElement(namespace, tag.group(2), attributes, ""));
        }
        if (elements.isEmpty()) {
            throw new LogoNotSvgException("it is not well-formed XML");
        }
        return new SvgMarkup(null, elements, List.of());
    }
}
