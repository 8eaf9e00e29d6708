package dk.valghalla.domain.file;

/** The uploaded content is not a PDF document (judged by its content, not by its name or declared type). */
public class FileNotPdfException extends UnsupportedFileTypeException {
    public FileNotPdfException(String name) {
        super("file.not_pdf", "The file '" + name + "' is not a PDF document");
    }
}
