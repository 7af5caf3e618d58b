package app.richcontact.adapters.crisprest.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.richcontact.adapters.crisprest.PhoneSearch;
import app.richcontact.application.port.out.CardChange;
import app.richcontact.application.port.out.ContactCard;
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

    @Test
    void a_card_change_sends_only_the_fields_it_gives_with_segments_whole() throws Exception {
        assertEquals(json.readTree("{\"person\":{\"phone\":\"+351925923040\",\"geolocation\":{\"country\":\"PT\"}},"
                        + "\"segments\":[\"customers\",\"whatsapp\"]}"),
                json.readTree(wire.cardChangeBody(new CardChange(null, PhoneNumber.parse("+351 925 923 040"),
                        new Geolocation("PT", null), List.of(new Segment("customers"), new Segment("whatsapp"))))));
        assertEquals(json.readTree("{\"email\":\"jane@example.com\"}"),
                json.readTree(wire.cardChangeBody(CardChange.email(EmailAddress.parse("jane@example.com")))));
    }

    @Test
    void a_profile_reads_as_a_card_and_segments_it_could_not_write_back_exactly_are_flagged() throws Exception {
        ContactCard card = CardJson.card(json.readTree("{\"people_id\":\"5C0F7B7E-1A2B-4C3D-8E9F-0A1B2C3D4E5F\","
                + "\"email\":\"jane@example.com\",\"person\":{\"nickname\":\"Jane\",\"phone\":\"not a phone\","
                + "\"geolocation\":{\"country\":\"PT\",\"city\":\"Lisboa\"}},\"segments\":[\"vip\",\"VIP\"]}"))
                .orElseThrow();
        assertEquals("5c0f7b7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", card.id().value());
        assertEquals(null, card.phone(), "an invalid phone reads as none");
        assertEquals(new Geolocation("PT", "Lisboa"), card.geolocation());
        assertEquals(List.of(new Segment("vip")), card.segments());
        assertEquals(false, card.segmentsExact(), "VIP would be written back as vip");
        assertEquals(true, CardJson.card(json.readTree("{\"people_id\":\"5c0f7b7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f\","
                + "\"segments\":[\"vip\"]}")).orElseThrow().segmentsExact());
        assertEquals(true, CardJson.card(json.readTree("{\"email\":\"jane@example.com\"}")).isEmpty());
    }
}
