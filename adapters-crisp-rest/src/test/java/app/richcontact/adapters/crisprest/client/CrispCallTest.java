package app.richcontact.adapters.crisprest.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CrispCallTest {

    @Test
    void each_placeholder_becomes_one_encoded_path_segment_and_the_route_keeps_the_template() {
        CrispCall call = CrispCall.of("HEAD", "website/{website_id}/people/profile/{people_id}", Priority.ESSENTIAL,
                "0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f", "o'brien+crm/x@example.ie");
        assertEquals("website/0f8e2d4c-1b3a-4c5d-8e7f-9a0b1c2d3e4f/people/profile/o%27brien%2Bcrm%2Fx%40example.ie",
                call.target());
        assertEquals("HEAD website/{website_id}/people/profile/{people_id}", call.route());
        assertFalse(call.route().contains("example"), "routes never carry personal data");
    }

    @Test
    void query_values_are_encoded_with_plus_as_2B_and_space_as_20() {
        CrispCall call = CrispCall.of("GET", "website/{website_id}/people/profiles/{page}", Priority.ESSENTIAL, "w", "1")
                .withQuery("search_text", "a+b c&d=e")
                .withQuery("search_filter", "[{\"criterion\":\"person.phone\",\"query\":[\"+351\"]}]");
        assertEquals("website/w/people/profiles/1?search_filter=%5B%7B%22criterion%22%3A%22person.phone%22%2C%22query"
                + "%22%3A%5B%22%2B351%22%5D%7D%5D&search_text=a%2Bb%20c%26d%3De", call.target());
    }

    @Test
    void a_template_given_the_wrong_number_of_values_is_a_programming_error() {
        assertThrows(IllegalArgumentException.class,
                () -> CrispCall.of("GET", "website/{website_id}/conversation/{session_id}", Priority.ESSENTIAL, "w"));
        assertThrows(IllegalArgumentException.class,
                () -> CrispCall.of("GET", "plugin/connect/account", Priority.ESSENTIAL, "extra"));
    }

    @Test
    void ids_and_numbers_are_their_own_encoding_and_tilde_and_star_are_still_percent_encoded() {
        assertEquals("Ab-9._z", CrispCall.encode("Ab-9._z"));
        assertEquals("a%7Eb%2Ac%C3%A9", CrispCall.encode("a~b*cé"));
    }
}
