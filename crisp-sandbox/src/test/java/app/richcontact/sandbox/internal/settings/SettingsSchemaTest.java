package app.richcontact.sandbox.internal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SettingsSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            {"type": "object", "additionalProperties": false, "required": ["mode"],
             "properties": {
               "mode": {"enum": ["a", "b"]},
               "flag": {"type": "boolean"},
               "count": {"type": "integer", "minimum": 1, "maximum": 3},
               "names": {"type": "array", "minItems": 1, "maxItems": 2,
                         "items": {"type": "string", "minLength": 2, "maxLength": 3, "pattern": "^[a-z]+$"}}},
             "if": {"properties": {"flag": {"const": false}}, "required": ["flag"]},
             "then": {"required": ["names"]}}""";

    private final SettingsSchema schema = schema(SCHEMA);

    private static SettingsSchema schema(String text) {
        try {
            return new SettingsSchema(JSON.readTree(text));
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    private boolean valid(String document) throws Exception {
        return schema.violation(JSON.readTree(document)).isEmpty();
    }

    @Test
    void each_keyword_of_the_subset_accepts_and_refuses_on_the_right_side_of_its_limit() throws Exception {
        Object[][] table = {
            {"{\"mode\":\"a\"}", true},
            {"{}", false},                                        // required
            {"[]", false},                                        // type
            {"{\"mode\":\"c\"}", false},                          // enum
            {"{\"mode\":\"a\",\"other\":1}", false},              // additionalProperties
            {"{\"mode\":\"a\",\"flag\":\"yes\"}", false},         // boolean type
            {"{\"mode\":\"a\",\"count\":1}", true},               // minimum
            {"{\"mode\":\"a\",\"count\":0}", false},
            {"{\"mode\":\"a\",\"count\":3.0}", true},             // an integral number is an integer
            {"{\"mode\":\"a\",\"count\":2.5}", false},
            {"{\"mode\":\"a\",\"count\":4}", false},              // maximum
            {"{\"mode\":\"a\",\"names\":[]}", false},             // minItems
            {"{\"mode\":\"a\",\"names\":[\"ab\",\"cd\"]}", true},
            {"{\"mode\":\"a\",\"names\":[\"ab\",\"cd\",\"ef\"]}", false}, // maxItems
            {"{\"mode\":\"a\",\"names\":[\"a\"]}", false},        // minLength
            {"{\"mode\":\"a\",\"names\":[\"abc\"]}", true},
            {"{\"mode\":\"a\",\"names\":[\"abcd\"]}", false},     // maxLength
            {"{\"mode\":\"a\",\"names\":[\"aB\"]}", false},       // pattern
            {"{\"mode\":\"a\",\"names\":[\"\\u00e9\\u00e9\"]}", false},
            {"{\"mode\":\"a\",\"flag\":false}", false},           // if/then
            {"{\"mode\":\"a\",\"flag\":false,\"names\":[\"ab\"]}", true},
            {"{\"mode\":\"a\",\"flag\":true}", true},
        };
        for (Object[] row : table) {
            assertEquals(row[1], valid((String) row[0]), (String) row[0]);
        }
    }

    @Test
    void lengths_count_code_points_and_a_pattern_may_match_anywhere() throws Exception {
        SettingsSchema loose = schema("{\"properties\":{\"s\":{\"maxLength\":2,\"pattern\":\"b\"}}}");
        assertEquals(true, loose.violation(JSON.readTree("{\"s\":\"\\ud83d\\ude00b\"}")).isEmpty());
        assertEquals(false, loose.violation(JSON.readTree("{\"s\":\"ac\"}")).isEmpty());
        assertEquals("settings.s must match b", loose.violation(JSON.readTree("{\"s\":\"ac\"}")).orElseThrow());
    }
}
