package app.richcontact.probe;

/**
 * The plugin token for Crisp's real-time API, which authenticates with it in a message rather
 * than a header; the key is never printed.
 *
 * @param identifier the token's identifier
 * @param key        the token's key
 */
record RealtimeAccess(String identifier, String key) {

    RealtimeAccess {
        if (identifier == null || identifier.isBlank() || key == null || key.isBlank()) {
            throw new IllegalArgumentException("identifier and key must be given");
        }
    }

    @Override
    public String toString() {
        return "RealtimeAccess[identifier=" + identifier + ", key=\u2022\u2022\u2022\u2022]";
    }
}
