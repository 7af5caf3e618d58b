package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeopleRoutesTest {

    private CrispSandbox sandbox;
    private CrispHttp http;
    private InstalledWebsite website;

    @BeforeEach
    void start() {
        sandbox = CrispSandbox.start();
        http = CrispHttp.of(sandbox);
        website = sandbox.scenario().installWebsite("Acme");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String people(String rest) {
        return "website/" + website.websiteId() + "/people/" + rest;
    }

    private CrispHttp.Answer create(String body) throws Exception {
        return http.post(people("profile"), body);
    }

    private static String filter(String criterion, String value) {
        String json = "[{\"model\":\"people\",\"criterion\":\"" + criterion + "\",\"operator\":\"eq\",\"query\":[\"" + value + "\"]}]";
        return URLEncoder.encode(json, StandardCharsets.UTF_8);
    }

    @Test
    void a_created_profile_gets_a_people_id_and_created_at_and_reads_back() throws Exception {
        long before = System.currentTimeMillis();
        CrispHttp.Answer created = create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\","
                + "\"phone\":\"+351912345678\",\"geolocation\":{\"country\":\"PT\",\"city\":\"Lisbon\"}},"
                + "\"segments\":[\"whatsapp\",\"vip\"]}");
        assertTrue(created.status() / 100 == 2);
        String peopleId = created.data().get("people_id").asText();
        assertEquals(404, http.get(people("profile/" + peopleId)).status(), "the cache answers from before the write");
        sandbox.scenario().ageCrm(SandboxSwitch.READ_LAG.defaultValue());

        JsonNode profile = http.get(people("profile/" + peopleId)).data();
        assertEquals("ana@example.com", profile.get("email").asText());
        assertEquals("Ana", profile.get("person").get("nickname").asText());
        assertEquals("+351912345678", profile.get("person").get("phone").asText());
        assertEquals("PT", profile.get("person").get("geolocation").get("country").asText());
        assertEquals(List.of("whatsapp", "vip"), List.of(profile.get("segments").get(0).asText(), profile.get("segments").get(1).asText()));
        assertTrue(profile.get("created_at").asLong() >= before);

        CrmProfile stored = sandbox.scenario().crm(website.websiteId()).get(0);
        assertEquals(peopleId, stored.peopleId());
        assertEquals(List.of("whatsapp", "vip"), stored.segments());
    }

    @Test
    void a_create_without_a_nickname_is_refused_unless_the_nickname_is_switched_to_optional() throws Exception {
        CrispHttp.Answer refused = create("{\"email\":\"nameless@example.com\",\"person\":{\"phone\":\"+351912345678\"}}");
        assertEquals(400, refused.status());
        assertEquals("invalid_data", refused.reason());

        sandbox.switches().set(SandboxSwitch.NICKNAME_REQUIRED, false);
        assertEquals(201, create("{\"email\":\"nameless@example.com\"}").status());
    }

    @Test
    void emails_are_unique_per_website_ignoring_case_with_the_switchable_duplicate_answer() throws Exception {
        assertEquals(201, create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\"}}").status());
        CrispHttp.Answer duplicate = create("{\"email\":\"ANA@Example.com\",\"person\":{\"nickname\":\"Ana\"}}");
        assertEquals(409, duplicate.status());
        assertEquals("people_exists", duplicate.reason());

        sandbox.switches().set(SandboxSwitch.DUPLICATE_STATUS, 400).set(SandboxSwitch.DUPLICATE_REASON, "invalid_data");
        CrispHttp.Answer switched = create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\"}}");
        assertEquals(400, switched.status());
        assertEquals("invalid_data", switched.reason());

        InstalledWebsite other = sandbox.scenario().installWebsite("Other");
        assertEquals(201, http.post("website/" + other.websiteId() + "/people/profile",
                "{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\"}}").status());
        assertEquals(1, sandbox.scenario().crm(website.websiteId()).size());
    }

    @Test
    void a_create_without_a_valid_email_or_with_unknown_fields_or_bad_json_is_400() throws Exception {
        for (String body : List.of("{\"person\":{\"nickname\":\"Ana\"}}", "{\"email\":\"not-an-email\"}",
                "{\"email\":\"a@b.co\",\"data\":{\"x\":1}}", "{\"email\":\"a@b.co\",\"person\":{\"phone\":123}}",
                "{\"email\":\"a@b.co\",\"segments\":\"whatsapp\"}", "{\"email\":", "[]")) {
            CrispHttp.Answer answer = create(body);
            assertEquals(400, answer.status(), body);
            assertEquals("invalid_data", answer.reason(), body);
        }
        assertTrue(sandbox.scenario().crm(website.websiteId()).isEmpty());
    }

    @Test
    void head_finds_a_profile_by_id_or_by_url_encoded_email_and_has_no_body() throws Exception {
        String peopleId = sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("ana+shop@example.com", "Ana", null));
        CrispHttp.Answer byId = http.head(people("profile/" + peopleId));
        assertEquals(200, byId.status());
        assertNull(byId.body());
        assertEquals(200, http.head(people("profile/ana%2Bshop@example.com")).status());
        assertEquals(200, http.head(people("profile/ANA%2BSHOP@EXAMPLE.COM")).status());
        // A raw '+' reads as a space, which is why clients must send %2B.
        assertEquals(404, http.head(people("profile/ana+shop@example.com")).status());
        assertEquals(404, http.head(people("profile/nobody@example.com")).status());
        assertEquals(404, http.get(people("profile/nobody@example.com")).status());
        assertEquals("ana+shop@example.com", http.get(people("profile/ana%2Bshop@example.com")).data().get("email").asText());
    }

    @Test
    void delete_removes_a_profile_by_people_id_from_reads_and_searches_and_frees_its_email() throws Exception {
        String peopleId = sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("gone@example.com", "Gone", null));

        CrispHttp.Answer deleted = http.send("DELETE", people("profile/" + peopleId), null);

        assertEquals(200, deleted.status());
        assertEquals("deleted", deleted.reason());
        assertEquals(List.of(), sandbox.scenario().crm(website.websiteId()));
        assertEquals(404, http.head(people("profile/gone@example.com")).status());
        assertEquals(0, http.get(people("profiles/1?search_text=gone")).data().size());
        assertEquals(404, http.send("DELETE", people("profile/" + peopleId), null).status());
        assertEquals(201, create("{\"email\":\"gone@example.com\",\"person\":{\"nickname\":\"Back\"}}").status());
    }

    @Test
    void search_text_matches_loosely_on_email_nickname_and_phone_digits() throws Exception {
        sandbox.switches().set(SandboxSwitch.PHONE_SEARCH, EnumSet.of(PhoneSearch.SEARCH_TEXT_DIGITS));
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("ana@example.com", "Ana", "+351 912 345 678"));
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("mariana@example.com", "Mariana", "+351912345999"));
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("bruno@example.com", "Bruno", null));

        assertEquals(2, http.get(people("profiles/1?search_text=ana")).data().size(), "substring, like a fuzzy search");
        JsonNode byDigits = http.get(people("profiles/1?search_text=%2B351912345678")).data();
        assertEquals(1, byDigits.size());
        assertEquals("ana@example.com", byDigits.get(0).get("email").asText());
        assertEquals(2, http.get(people("profiles/1?search_text=912345")).data().size(), "digits match as substrings");
        assertEquals(1, http.get(people("profiles/1?search_text=BRUNO")).data().size());
    }

    @Test
    void which_search_form_matches_phones_is_a_switch() throws Exception {
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("ana@example.com", "Ana", "+351912345678"));
        String text = people("profiles/1?search_text=351912345678");
        String phone = people("profiles/1?search_filter=" + filter("phone", "+351912345678") + "&search_operator=and");
        String personPhone = people("profiles/1?search_filter=" + filter("person.phone", "+351912345678"));

        assertEquals(List.of(0, 0, 1), sizes(text, phone, personPhone), "person.phone only, by default");
        sandbox.switches().set(SandboxSwitch.PHONE_SEARCH, EnumSet.of(PhoneSearch.SEARCH_TEXT_DIGITS));
        assertEquals(List.of(1, 0, 0), sizes(text, phone, personPhone));
        sandbox.switches().set(SandboxSwitch.PHONE_SEARCH, EnumSet.of(PhoneSearch.FILTER_PHONE));
        assertEquals(List.of(0, 1, 0), sizes(text, phone, personPhone));
        sandbox.switches().set(SandboxSwitch.PHONE_SEARCH, EnumSet.allOf(PhoneSearch.class));
        assertEquals(List.of(1, 1, 1), sizes(text, phone, personPhone));
    }

    private List<Integer> sizes(String... paths) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String path : paths) {
            CrispHttp.Answer answer = http.get(path);
            assertEquals(200, answer.status(), path);
            sizes.add(answer.data().size());
        }
        return sizes;
    }

    @Test
    void a_phone_and_a_person_phone_criterion_joined_by_or_match_under_either_form() throws Exception {
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("ana@example.com", "Ana", "+351912345678"));
        String either = URLEncoder.encode("[{\"model\":\"people\",\"criterion\":\"phone\",\"operator\":\"eq\","
                + "\"query\":[\"+351912345678\"]},{\"model\":\"people\",\"criterion\":\"person.phone\","
                + "\"operator\":\"eq\",\"query\":[\"+351912345678\"]}]", StandardCharsets.UTF_8);
        String or = people("profiles/1?search_filter=" + either + "&search_operator=or");

        List<Integer> found = new ArrayList<>();
        for (PhoneSearch form : List.of(PhoneSearch.FILTER_PHONE, PhoneSearch.FILTER_PERSON_PHONE, PhoneSearch.SEARCH_TEXT_DIGITS)) {
            sandbox.switches().set(SandboxSwitch.PHONE_SEARCH, EnumSet.of(form));
            found.addAll(sizes(or));
        }
        assertEquals(List.of(1, 1, 0), found);
    }

    @Test
    void a_written_profile_is_found_by_the_search_only_after_the_search_lag() throws Exception {
        create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\",\"phone\":\"+351912345678\"}}");
        String search = people("profiles/1?search_filter=" + filter("person.phone", "+351912345678"));

        assertEquals(List.of(0), sizes(search));
        sandbox.scenario().ageCrm(java.time.Duration.ofSeconds(60));
        assertEquals(List.of(0), sizes(search), "a minute later the index still lags");
        sandbox.scenario().ageCrm(SandboxSwitch.SEARCH_LAG.defaultValue());
        assertEquals(List.of(1), sizes(search));
    }

    @Test
    void a_refused_duplicate_create_may_be_followed_by_a_head_that_does_not_see_the_profile() throws Exception {
        create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\"}}");

        assertEquals(409, create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\"}}").status());
        assertEquals(404, http.head(people("profile/ana@example.com")).status());
    }

    @Test
    void with_both_lags_zero_every_read_is_fresh() throws Exception {
        sandbox.switches().set(SandboxSwitch.READ_LAG, java.time.Duration.ZERO);
        sandbox.switches().set(SandboxSwitch.SEARCH_LAG, java.time.Duration.ZERO);
        create("{\"email\":\"ana@example.com\",\"person\":{\"nickname\":\"Ana\",\"phone\":\"+351912345678\"}}");

        assertEquals(200, http.head(people("profile/ana@example.com")).status());
        assertEquals(List.of(1), sizes(people("profiles/1?search_filter=" + filter("person.phone", "+351912345678"))));
    }

    @Test
    void search_filter_combines_items_with_and_or_or() throws Exception {
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("ana@example.com", "Ana", null, "whatsapp"));
        sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("bruno@example.com", "Bruno", null, "telegram"));
        String both = "[{\"model\":\"people\",\"criterion\":\"email\",\"operator\":\"eq\",\"query\":[\"ANA@example.com\"]},"
                + "{\"model\":\"people\",\"criterion\":\"segments\",\"operator\":\"eq\",\"query\":[\"telegram\"]}]";
        String encoded = URLEncoder.encode(both, StandardCharsets.UTF_8);
        assertEquals(0, http.get(people("profiles/1?search_filter=" + encoded + "&search_operator=and")).data().size());
        assertEquals(2, http.get(people("profiles/1?search_filter=" + encoded + "&search_operator=or")).data().size());
    }

    @Test
    void a_malformed_search_filter_or_operator_is_400() throws Exception {
        assertEquals(400, http.get(people("profiles/1?search_filter=" + URLEncoder.encode("{not json", StandardCharsets.UTF_8))).status());
        assertEquals(400, http.get(people("profiles/1?search_filter=" + URLEncoder.encode("{\"a\":1}", StandardCharsets.UTF_8))).status());
        assertEquals(400, http.get(people("profiles/1?search_operator=xor")).status());
        String badOperator = URLEncoder.encode("[{\"model\":\"people\",\"criterion\":\"email\",\"operator\":\"like\",\"query\":[\"a\"]}]",
                StandardCharsets.UTF_8);
        assertEquals(400, http.get(people("profiles/1?search_filter=" + badOperator)).status());
    }

    @Test
    void profiles_page_until_an_empty_page() throws Exception {
        for (int i = 0; i < 45; i++) {
            sandbox.scenario().preloadProfile(website.websiteId(), NewProfile.of("p" + i + "@example.com", "P" + i, null));
        }
        Set<String> seen = new HashSet<>();
        int page = 1;
        JsonNode items;
        do {
            items = http.get(people("profiles/" + page++ + "?per_page=20")).data();
            items.forEach(item -> seen.add(item.get("email").asText()));
        } while (!items.isEmpty());
        assertEquals(45, seen.size());
        assertEquals(5, page);
    }

    @Test
    void people_routes_of_a_website_without_the_plugin_are_403() throws Exception {
        assertEquals(403, http.post("website/unknown/people/profile", "{\"email\":\"a@b.co\"}").status());
        assertEquals(403, http.head("website/unknown/people/profile/a@b.co").status());
    }
}
