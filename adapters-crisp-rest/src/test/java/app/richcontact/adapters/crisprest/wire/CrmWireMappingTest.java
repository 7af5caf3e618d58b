package app.richcontact.adapters.crisprest.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.domain.EmailAddress;
import app.richcontact.domain.Geolocation;
import app.richcontact.domain.NewContact;
import app.richcontact.domain.Nickname;
import app.richcontact.domain.PhoneNumber;
import app.richcontact.domain.Segment;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrmWireMappingTest {

    private final ObjectMapper json = new ObjectMapper();
    private final CrmWireMapping wire = new CrmWireMapping(json);

    @Test
    void a_new_contact_becomes_crisps_profile_body() throws Exception {
        NewContact contact = new NewContact(EmailAddress.parse("351925923040@whatsapp.nomail"),
                PhoneNumber.parse("+351 925 923 040"), Nickname.parse("Jane"),
                List.of(new Segment("whatsapp"), new Segment("vip")), new Geolocation("PT", "Lisboa"));
        assertEquals(json.readTree("{\"email\":\"351925923040@whatsapp.nomail\",\"person\":{\"nickname\":\"Jane\","
                        + "\"phone\":\"+351925923040\",\"geolocation\":{\"country\":\"PT\",\"city\":\"Lisboa\"}},"
                        + "\"segments\":[\"whatsapp\",\"vip\"]}"),
                json.readTree(wire.profileBody(contact)));
    }

    @Test
    void absent_optional_fields_are_left_out_and_a_nameless_contact_is_named_by_its_email() throws Exception {
        NewContact contact = new NewContact(EmailAddress.parse("jane@example.com"), null, null,
                List.of(new Segment("telegram")), null);
        assertEquals(json.readTree("{\"email\":\"jane@example.com\",\"person\":{\"nickname\":\"jane\"},"
                        + "\"segments\":[\"telegram\"]}"),
                json.readTree(wire.profileBody(contact)));
    }

    @Test
    void a_contact_whose_name_is_unknown_is_named_by_its_phone_number() throws Exception {
        NewContact contact = new NewContact(EmailAddress.parse("351925923040@whatsapp.nomail"),
                PhoneNumber.parse("+351 925 923 040"), null, List.of(new Segment("whatsapp")), null);
        assertEquals(json.readTree("{\"email\":\"351925923040@whatsapp.nomail\",\"person\":{\"nickname\":"
                        + "\"+351925923040\",\"phone\":\"+351925923040\"},\"segments\":[\"whatsapp\"]}"),
                json.readTree(wire.profileBody(contact)));
    }

    @Test
    void a_phone_with_two_written_forms_is_searched_in_both_within_one_query() {
        PhoneNumber phone = PhoneNumber.parse("+55 11 98765-4321");
        assertEquals(Map.of("search_text", "87654321"), wire.phoneSearch(phone, PhoneSearch.SEARCH_TEXT));
        assertEquals(Map.of("search_operator", "or", "search_filter",
                        "[{\"model\":\"people\",\"criterion\":\"phone\",\"operator\":\"eq\",\"query\":[\"+5511987654321\"]},"
                        + "{\"model\":\"people\",\"criterion\":\"phone\",\"operator\":\"eq\",\"query\":[\"+551187654321\"]}]"),
                wire.phoneSearch(phone, PhoneSearch.FILTER_PHONE));
        assertEquals(4, wire.phoneSearch(phone, PhoneSearch.FILTER_EITHER).get("search_filter").split("\\{").length - 1,
                "two criteria by two forms");
        assertEquals(Map.of("search_text", "1123456789"), wire.phoneSearch(PhoneNumber.parse("+54 11 2345-6789"),
                PhoneSearch.SEARCH_TEXT));
    }

    @Test
    void each_phone_search_form_is_written_as_crisp_expects() {
        PhoneNumber phone = PhoneNumber.parse("+351925923040");
        assertEquals(Map.of("search_text", "351925923040"), wire.phoneSearch(phone, PhoneSearch.SEARCH_TEXT));
        assertEquals(Map.of("search_operator", "and", "search_filter",
                        "[{\"model\":\"people\",\"criterion\":\"person.phone\",\"operator\":\"eq\",\"query\":[\"+351925923040\"]}]"),
                wire.phoneSearch(phone, PhoneSearch.FILTER_PERSON_PHONE));
        assertEquals(Map.of("search_operator", "or", "search_filter",
                        "[{\"model\":\"people\",\"criterion\":\"phone\",\"operator\":\"eq\",\"query\":[\"+351925923040\"]},"
                        + "{\"model\":\"people\",\"criterion\":\"person.phone\",\"operator\":\"eq\",\"query\":[\"+351925923040\"]}]"),
                wire.phoneSearch(phone, PhoneSearch.FILTER_EITHER));
    }
}
