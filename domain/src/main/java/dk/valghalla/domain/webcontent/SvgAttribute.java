package dk.valghalla.domain.webcontent;

import java.util.Objects;

/** An attribute as an XML parser reports it: namespace URI ("" for none), local name, and the decoded value. */
public record SvgAttribute(String namespace, String name, String value) {
    public SvgAttribute {
        namespace = Objects.requireNonNullElse(namespace, "");
        Objects.requireNonNull(name, "name");
        value = Objects.requireNonNullElse(value, "");
    }
}
