package dk.valghalla.adapter.cpr.sf1520;

import java.util.Objects;

/** A key or trust store on disk. {@link #toString()} never shows the password. */
public record KeyStoreRef(String path, String password, String type) {
    public KeyStoreRef {
        Objects.requireNonNull(path, "path");
        password = password == null ? "" : password;
        type = type == null || type.isBlank() ? "PKCS12" : type;
    }

    @Override
    public String toString() {
        return "KeyStoreRef[" + path + ", " + type + "]";
    }
}
