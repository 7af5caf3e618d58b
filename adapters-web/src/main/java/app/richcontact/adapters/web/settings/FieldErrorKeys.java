package app.richcontact.adapters.web.settings;

import app.richcontact.domain.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the domain's validation messages into a message key and its parameters, which the page
 * translates ({@code error.<key>} in its bundles). The domain's phrasing is a closed set; one it
 * does not know yet becomes {@code invalid}, so the page still says something in its language.
 */
final class FieldErrorKeys {

    /** A key and the numbers it needs, as the API answers them. */
    record Keyed(String key, Map<String, Integer> params) {

        Keyed {
            Objects.requireNonNull(key, "key");
            params = Map.copyOf(params);
        }

        /** As the API's JSON: {@code {"key": …, "params": {…}}}. */
        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", key);
            json.put("params", new LinkedHashMap<>(params));
            return json;
        }
    }

    private record Rule(Pattern pattern, String key, List<String> params) {
    }

    private static final String ITEM = "item (\\d{1,9}) ";
    private static final List<Rule> RULES = List.of(
            rule("must be true or false", "boolean"),
            rule("must be a list", "list"),
            rule("must list at most (\\d{1,9})", "too_many", "max"),
            rule("choose at least one channel, or all channels", "no_channel"),
            rule(ITEM + "must be text", "item_text", "item"),
            rule(ITEM + "must not be blank", "item_blank", "item"),
            rule(ITEM + "is required", "item_blank", "item"),
            rule(ITEM + "must be at most (\\d{1,9}) characters", "item_too_long", "item", "max"),
            rule(ITEM + "must not contain control characters", "item_control", "item"),
            rule(ITEM + "must be valid Unicode text", "item_unicode", "item"),
            rule(ITEM + "must be 1 to (\\d{1,9}) lower-case letters, digits or inner hyphens", "item_channel", "item", "max"));
    static final String UNKNOWN = "invalid";

    private FieldErrorKeys() {
    }

    private static Rule rule(String regex, String key, String... params) {
        return new Rule(Pattern.compile(regex), key, List.of(params));
    }

    static Keyed of(FieldError error) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(error.message());
            if (matcher.matches()) {
                Map<String, Integer> params = new LinkedHashMap<>();
                for (int i = 0; i < rule.params().size(); i++) {
                    params.put(rule.params().get(i), Integer.valueOf(matcher.group(i + 1)));
                }
                return new Keyed(rule.key(), params);
            }
        }
        return new Keyed(UNKNOWN, Map.of());
    }
}
