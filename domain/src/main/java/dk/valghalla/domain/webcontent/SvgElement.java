package dk.valghalla.domain.webcontent;

import java.util.List;
import java.util.Objects;

/**
 * An element as an XML parser reports it: namespace URI ("" for none), local name, attributes and the character
 * data directly inside it (CDATA included; needed for {@code <style>}).
 */
public record SvgElement(String namespace, String name, List<SvgAttribute> attributes, String text) {
    public SvgElement {
        namespace = Objects.requireNonNullElse(namespace, "");
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(Objects.requireNonNullElse(attributes, List.of()));
        text = Objects.requireNonNullElse(text, "");
    }
}
