package app.richcontact.adapters.web.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the page's files from this module's resources, once, at start-up. They are read through
 * this module (not a class loader), so they stay encapsulated and no {@code opens} is needed.
 */
final class PageResources {

    /** The settings JSON Schema registered in the Crisp Marketplace. */
    static final String SCHEMA = "/app/richcontact/adapters/web/settings/settings.schema.json";
    static final String PAGE = "/app/richcontact/adapters/web/settings/page/settings.html";
    static final String ERROR_PAGE = "/app/richcontact/adapters/web/settings/page/error.html";
    static final String STYLES = "/app/richcontact/adapters/web/settings/page/settings.css";
    static final String SCRIPT = "/app/richcontact/adapters/web/settings/page/settings.js";

    private PageResources() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = PageResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read resource " + name, unreadable);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
