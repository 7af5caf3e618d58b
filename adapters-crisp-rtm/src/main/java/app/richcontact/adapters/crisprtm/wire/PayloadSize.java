package app.richcontact.adapters.crisprtm.wire;

import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Measures a decoded payload against the limits before anything reads it: characters of keys
 * and text (other values count a few each) and nesting depth. Stops as soon as a limit is passed,
 * so a huge payload costs no more than the limit.
 */
final class PayloadSize {

    private static final int SCALAR_WEIGHT = 8;

    private final int maxChars;
    private final int maxDepth;
    private long chars;

    private PayloadSize(int maxChars, int maxDepth) {
        this.maxChars = maxChars;
        this.maxDepth = maxDepth;
    }

    /** Throws a {@link Rejection} when the payload passes a limit. */
    static void check(JSONObject payload, int maxChars, int maxDepth) {
        new PayloadSize(maxChars, maxDepth).visit(payload, 1);
    }

    private void visit(Object value, int depth) {
        if (value instanceof JSONObject object) {
            nested(depth);
            for (String key : object.keySet()) {
                add(key.length());
                visit(object.opt(key), depth + 1);
            }
        } else if (value instanceof JSONArray array) {
            nested(depth);
            for (int i = 0; i < array.length(); i++) {
                visit(array.opt(i), depth + 1);
            }
        } else if (value instanceof CharSequence text) {
            add(text.length());
        } else if (value instanceof byte[] bytes) {
            add(bytes.length);
        } else {
            add(SCALAR_WEIGHT);
        }
    }

    private void nested(int depth) {
        if (depth > maxDepth) {
            throw new Rejection("payload_too_deep");
        }
        add(2);
    }

    private void add(int count) {
        chars += count;
        if (chars > maxChars) {
            throw new Rejection("payload_too_large");
        }
    }
}
