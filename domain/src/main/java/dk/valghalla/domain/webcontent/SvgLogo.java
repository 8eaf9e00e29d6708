package dk.valghalla.domain.webcontent;

import dk.valghalla.domain.file.FileId;
import dk.valghalla.domain.file.StoredFile;
import dk.valghalla.domain.file.UploadedFiles;
import dk.valghalla.domain.shared.InvalidValueException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The municipality's logo: an SVG image that passed the checks. It is not empty, at most {@link #MAX_BYTES}, UTF-8
 * text, well-formed XML whose root is {@code <svg>} in the SVG namespace, and it contains nothing that could run
 * script or fetch something from elsewhere when a browser opens it. Unsafe SVG is <em>refused</em>, never repaired
 * (ADR 0016): a repaired logo could look different from what the office uploaded, and refusing with the reason is
 * clearer. Refused are
 * <ul>
 *   <li>{@code script}, {@code foreignObject}, {@code iframe}, {@code embed}, {@code object} and similar elements,
 *       and any element in the XHTML namespace;</li>
 *   <li>event-handler attributes ({@code onload}, {@code onclick}, ... any attribute whose name starts with "on");</li>
 *   <li>{@code javascript:}/{@code vbscript:} addresses anywhere, also entity-encoded or split by white space;</li>
 *   <li>references to anything outside the file: {@code href}/{@code src} other than {@code #fragment} or an embedded
 *       raster image ({@code data:image/png|jpeg|gif|webp;base64}), CSS {@code url(...)} other than {@code #fragment},
 *       {@code @import}, {@code xml-stylesheet}, animations of {@code href};</li>
 *   <li>document type declarations with an internal subset and entity declarations (XXE, "billion laughs"), CSS
 *       escapes (which could hide all of the above from a textual check).</li>
 * </ul>
 * The structure is read by an XML parser behind an out-port (the domain uses no library); the textual checks run here
 * first, and again whenever a logo is loaded from storage, as a second line of defence.
 */
public final class SvgLogo {
    public static final String CONTENT_TYPE = "image/svg+xml";
    /** 1 MB: plenty for a vector logo. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("script", "foreignobject", "iframe", "frame",
            "frameset", "embed", "object", "applet", "audio", "video", "handler", "listener", "base", "link", "meta");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion", "animatetransform",
            "animatecolor");
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src");
    private static final Pattern RASTER_DATA_URL = Pattern.compile(
            "data:image/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    /** Textual checks: what no SVG logo needs, found without parsing (and so also in a tampered stored file). */
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SCRIPT_TAG = Pattern.compile("<\\s*([\\w.-]+:)?script[\\s/>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOREIGN_OBJECT_TAG = Pattern.compile("<\\s*([\\w.-]+:)?foreignObject[\\s/>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private final StoredFile file;
    private final byte[] content;

    private SvgLogo(StoredFile file, byte[] content) {
        this.file = file;
        this.content = content;
    }

    /**
     * Checks an uploaded logo. The file name and the declared content type are not trusted.
     *
     * @param parser reads the decoded text as XML without processing DTDs or entities; throws
     *               {@link LogoNotSvgException} for text that is not well-formed XML
     */
    public static SvgLogo upload(String uploadedName, byte[] content, Function<String, SvgMarkup> parser) {
        String name = UploadedFiles.cleanName(uploadedName, "logo.svg");
        if (content == null || content.length == 0) {
            throw new InvalidValueException("file", "file.empty", "The file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new LogoTooLargeException(name, content.length);
        }
        String text = decode(content);
        scanText(text);
        inspect(Objects.requireNonNull(parser.apply(text), "markup"));
        byte[] copy = content.clone();
        return new SvgLogo(new StoredFile(FileId.newId(), name, CONTENT_TYPE, copy.length, UploadedFiles.sha256(copy)),
                copy);
    }

    /** A logo loaded from storage; the size and textual checks run again, so an edited row cannot serve script. */
    public static SvgLogo stored(StoredFile file, byte[] content) {
        Objects.requireNonNull(file, "file");
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new LogoUnsafeException("no content or too much content (" + (content == null ? 0 : content.length)
                    + " bytes)");
        }
        scanText(decode(content));
        return new SvgLogo(file, content.clone());
    }

    /** Strict UTF-8 (what the logo is served as); a leading byte-order mark is dropped for the checks. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new LogoNotSvgException("it is not UTF-8 text");
        }
    }

    static void scanText(String text) {
        if (ENTITY_DECLARATION.matcher(text).find()) {
            throw new LogoUnsafeException("an entity declaration (<!ENTITY>)");
        }
        if (INTERNAL_SUBSET.matcher(text).find()) {
            throw new LogoUnsafeException("a document type declaration with an internal subset");
        }
        if (SCRIPT_TAG.matcher(text).find()) {
            throw new LogoUnsafeException("a script element");
        }
        if (FOREIGN_OBJECT_TAG.matcher(text).find()) {
            throw new LogoUnsafeException("a foreignObject element");
        }
        if (EVENT_HANDLER.matcher(text).find()) {
            throw new LogoUnsafeException("an event-handler attribute (on...)");
        }
        checkNoScriptAddress(text);
    }

    static void inspect(SvgMarkup markup) {
        if (markup.elements().isEmpty()) {
            throw new LogoNotSvgException("it has no root element");
        }
        SvgElement root = markup.elements().get(0);
        if (!root.name().equals("svg") || !root.namespace().equals(SvgMarkup.SVG_NAMESPACE)) {
            throw new LogoNotSvgException("the root element is <" + root.name() + "> in namespace '"
                    + root.namespace() + "', not <svg> in " + SvgMarkup.SVG_NAMESPACE);
        }
        String encoding = markup.declaredEncoding();
        if (encoding != null && !Set.of("utf-8", "utf8", "us-ascii").contains(encoding.toLowerCase(Locale.ROOT))) {
            throw new LogoNotSvgException("it declares the encoding " + encoding + "; save it as UTF-8");
        }
        for (String target : markup.processingInstructions()) {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                throw new LogoUnsafeException("a style sheet reference (<?xml-stylesheet?>)");
            }
        }
        markup.elements().forEach(SvgLogo::inspect);
    }

    private static void inspect(SvgElement element) {
        String name = element.name().toLowerCase(Locale.ROOT);
        if (element.namespace().equals(XHTML_NAMESPACE)) {
            throw new LogoUnsafeException("an HTML element <" + element.name() + ">");
        }
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            throw new LogoUnsafeException("a " + element.name() + " element");
        }
        for (SvgAttribute attribute : element.attributes()) {
            inspect(element, attribute);
        }
        if (name.equals("style")) {
            checkCss(element.text());
        }
    }

    private static void inspect(SvgElement element, SvgAttribute attribute) {
        String name = attribute.name().toLowerCase(Locale.ROOT);
        String value = attribute.value();
        if (name.startsWith("on")) {
            throw new LogoUnsafeException("an event-handler attribute (" + attribute.name() + ")");
        }
        checkNoScriptAddress(value);
        if (REFERENCE_ATTRIBUTES.contains(name)) {
            checkReference(value);
        }
        if (name.equals("style") || value.toLowerCase(Locale.ROOT).contains("url(")) {
            checkCss(value);
        }
        if (ANIMATIONS.contains(element.name().toLowerCase(Locale.ROOT)) && name.equals("attributename")) {
            String animated = value.strip().toLowerCase(Locale.ROOT);
            animated = animated.substring(animated.indexOf(':') + 1);
            if (REFERENCE_ATTRIBUTES.contains(animated) || animated.startsWith("on")) {
                throw new LogoUnsafeException("an animation of the " + value.strip() + " attribute");
            }
        }
    }

    /** Browsers ignore white space and control characters inside a URL scheme, so "java&#9;script:" counts too. */
    private static void checkNoScriptAddress(String text) {
        StringBuilder squashed = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                .forEach(squashed::appendCodePoint);
        String s = squashed.toString().toLowerCase(Locale.ROOT);
        if (s.contains("javascript:") || s.contains("vbscript:")) {
            throw new LogoUnsafeException("a javascript: address");
        }
        if (s.contains("data:text/html") || s.contains("data:image/svg")) {
            throw new LogoUnsafeException("an embedded document (data:text/html or data:image/svg+xml)");
        }
    }

    private static void checkReference(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("#") || RASTER_DATA_URL.matcher(v).matches()) {
            return;
        }
        throw new LogoUnsafeException("an external reference (" + abbreviate(v) + ")");
    }

    private static void checkCss(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        if (lower.contains("\\")) {
            throw new LogoUnsafeException("a CSS escape (\\)");
        }
        for (String forbidden : new String[] {"@import", "expression(", "image-set(", "-moz-binding", "behavior:"}) {
            if (lower.contains(forbidden)) {
                throw new LogoUnsafeException("CSS with " + forbidden);
            }
        }
        Matcher url = CSS_URL.matcher(css);
        while (url.find()) {
            String target = url.group(1).strip();
            if (target.length() >= 2 && (target.charAt(0) == '"' || target.charAt(0) == '\'')
                    && target.charAt(target.length() - 1) == target.charAt(0)) {
                target = target.substring(1, target.length() - 1).strip();
            }
            if (!target.startsWith("#") && !RASTER_DATA_URL.matcher(target).matches()) {
                throw new LogoUnsafeException("an external reference in CSS (url(" + abbreviate(target) + "))");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    public StoredFile file() {
        return file;
    }

    public byte[] content() {
        return content.clone();
    }
}
