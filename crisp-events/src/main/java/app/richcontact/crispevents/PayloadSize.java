package app.richcontact.crispevents;

/**
 * Measures a decoded payload against the limits before anything reads it: characters of keys
 * and text (other values count a few each) and nesting depth. Stops as soon as a limit is passed,
 * so a huge payload costs no more than the limit.
 */
final class PayloadSize<N> {

    private static final int SCALAR_WEIGHT = 8;

    private final JsonTree<N> json;
    private final EventLimits limits;
    private long chars;

    private PayloadSize(JsonTree<N> json, EventLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    /** Throws a {@link Rejection} when the payload passes a limit. */
    static <N> void check(JsonTree<N> json, N payload, EventLimits limits) {
        new PayloadSize<>(json, limits).visit(payload, 1);
    }

    private void visit(N value, int depth) {
        switch (json.kind(value)) {
            case OBJECT -> {
                nested(depth);
                for (String key : json.names(value)) {
                    add(key.length());
                    visit(json.field(value, key), depth + 1);
                }
            }
            case ARRAY -> {
                nested(depth);
                int length = json.length(value);
                for (int i = 0; i < length; i++) {
                    visit(json.element(value, i), depth + 1);
                }
            }
            case TEXT -> add(json.text(value).length());
            default -> add(SCALAR_WEIGHT);
        }
    }

    private void nested(int depth) {
        if (depth > limits.maxPayloadDepth()) {
            throw new Rejection("payload_too_deep");
        }
        add(2);
    }

    private void add(int count) {
        chars += count;
        if (chars > limits.maxPayloadChars()) {
            throw new Rejection("payload_too_large");
        }
    }
}
