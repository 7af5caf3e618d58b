package app.richcontact.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings keys a settings event carried, as decoded JSON values: all of them or only those
 * that changed (Crisp does not say which), so they are applied over the settings known so far.
 */
public record SettingsChange(Map<String, Object> keys) {

    public SettingsChange {
        if (keys == null) {
            throw new IllegalArgumentException("keys must be given");
        }
        // A copy that keeps JSON nulls, which Map.copyOf refuses.
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** {@code known} with each carried key applied; a key not carried, or carried invalid, keeps its value. */
    public WebsiteSettings applyTo(WebsiteSettings known) {
        return SettingsDocument.readTolerantly(keys, known);
    }
}
