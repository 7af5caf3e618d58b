package app.richcontact.probe;

import java.util.Map;

/**
 * What one check learnt about one unknown: what Crisp does, or why it cannot be settled from
 * here, and the plugin settings it calls for.
 *
 * @param unknown       the unknown, in the words of the sandbox's table
 * @param settled       whether the check could tell
 * @param text          what it found, or why it could not tell
 * @param configuration plugin environment variables to set, with their values
 */
record Finding(String unknown, boolean settled, String text, Map<String, String> configuration) {

    Finding {
        if (unknown == null || unknown.isBlank() || text == null || text.isBlank()) {
            throw new IllegalArgumentException("unknown and text must be given");
        }
        configuration = Map.copyOf(configuration);
    }

    static Finding settled(String unknown, String text) {
        return new Finding(unknown, true, text, Map.of());
    }

    static Finding settled(String unknown, String text, Map<String, String> configuration) {
        return new Finding(unknown, true, text, configuration);
    }

    static Finding unsettled(String unknown, String why) {
        return new Finding(unknown, false, why, Map.of());
    }

    /** Its report line, e.g. {@code nickname on create: required (...)}. */
    String line() {
        return unknown + ": " + (settled ? text : "cannot be settled from here: " + text);
    }
}
