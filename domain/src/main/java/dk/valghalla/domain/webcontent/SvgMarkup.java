package dk.valghalla.domain.webcontent;

import java.util.List;
import java.util.Objects;

/**
 * What a safe XML parser (no DTD processing, no external entities) read from an uploaded SVG: the encoding its XML
 * declaration names (null if none), its elements in document order (the first is the root), and the targets of its
 * processing instructions. {@link SvgLogo} judges this structure; the parsing itself is an out-port, because the
 * domain uses no library, and Java's XML parser is not part of {@code java.*}.
 */
public record SvgMarkup(String declaredEncoding, List<SvgElement> elements, List<String> processingInstructions) {
    public static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    public SvgMarkup {
        elements = List.copyOf(Objects.requireNonNullElse(elements, List.of()));
        processingInstructions = List.copyOf(Objects.requireNonNullElse(processingInstructions, List.of()));
    }
}
