package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.sandbox.internal.world.WebsiteCrm;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PeopleUpdateRoutesTest {

    @RegisterExtension
    final SandboxWithWebsite crisp = SandboxWithWebsite.withDefaults();

    private String people(String rest) {
        return "website/" + crisp.websiteId() + "/people/" + rest;
    }

    private String preload(String email, String... segments) {
        return crisp.scenario().preloadProfile(crisp.websiteId(),
                NewProfile.of(email, "Ana", "+351912345678", segments));
    }

    private CrmProfile stored(String peopleId) {
        return crisp.scenario().profile(crisp.websiteId(), peopleId).orElseThrow();
    }

    private static String phoneSearch(String phone) {
        return "profiles/1?search_filter=" + URLEncoder.encode("[{\"model\":\"people\",\"criterion\":\"person.phone\","
                + "\"operator\":\"eq\",\"query\":[\"" + phone + "\"]}]", StandardCharsets.UTF_8);
    }

    @Test
    void by_default_a_profile_patchs_person_replaces_the_profiles_whole() throws Exception {
        String peopleId = preload("ana@example.com", "vip");
        assertEquals(200, crisp.http().patch(people("profile/" + peopleId),
                "{\"person\":{\"geolocation\":{\"country\":\"PT\",\"city\":\"Porto\"}}}").status());
        CrmProfile profile = stored(peopleId);
        assertEquals(null, profile.nickname(), "not given, so cleared");
        assertEquals(null, profile.phone());
        assertEquals(new Geolocation("PT", null, "Porto"), profile.geolocation());
        assertEquals("ana@example.com", profile.email(), "outside person: kept");
        assertEquals(List.of("vip"), profile.segments());
    }

    @Test
    void a_profile_patch_changes_only_what_it_carries_when_person_fields_merge() throws Exception {
        crisp.sandbox().switches().set(SandboxSwitch.PROFILE_PERSON_UPDATE, ProfilePersonUpdate.MERGE);
        String peopleId = preload("ana@example.com", "vip");
        CrispHttp.Answer answer = crisp.http().patch(people("profile/" + peopleId), "{\"email\":\"ana.maria@example.com\","
                + "\"person\":{\"geolocation\":{\"country\":\"PT\",\"city\":\"Porto\"}}}");
        assertEquals(200, answer.status());
        assertEquals("updated", answer.reason());
        CrmProfile profile = stored(peopleId);
        assertEquals("ana.maria@example.com", profile.email());
        assertEquals("Ana", profile.nickname());
        assertEquals("+351912345678", profile.phone());
        assertEquals(new Geolocation("PT", null, "Porto"), profile.geolocation());
        assertEquals(List.of("vip"), profile.segments());
        assertTrue(crisp.scenario().profileByEmail(crisp.websiteId(), "ana@example.com").isEmpty());
        assertEquals(1, crisp.sandbox().requestLog().count(SandboxRoutes.PROFILE_PATCH));
    }

    @Test
    void a_patch_is_seen_by_reads_after_the_read_lag_and_by_search_after_the_search_lag_as_creates_are()
            throws Exception {
        String peopleId = preload("ana@example.com");
        assertEquals(200, crisp.http().patch(people("profile/" + peopleId),
                "{\"person\":{\"phone\":\"+351911111111\",\"nickname\":\"Ana Maria\"}}").status());
        assertEquals("Ana", crisp.http().get(people("profile/" + peopleId)).data().get("person").get("nickname").asText(),
                "the cache answers from before the write");
        assertEquals(1, crisp.http().get(people(phoneSearch("+351912345678"))).data().size());
        assertEquals(0, crisp.http().get(people(phoneSearch("+351911111111"))).data().size());

        crisp.scenario().ageCrm(SandboxSwitch.READ_LAG.defaultValue());
        assertEquals("Ana Maria", crisp.http().get(people("profile/" + peopleId)).data().get("person").get("nickname").asText());
        assertEquals(0, crisp.http().get(people(phoneSearch("+351911111111"))).data().size(), "not indexed yet");

        crisp.scenario().ageCrm(SandboxSwitch.SEARCH_LAG.defaultValue());
        assertEquals(1, crisp.http().get(people(phoneSearch("+351911111111"))).data().size());
        assertEquals(0, crisp.http().get(people(phoneSearch("+351912345678"))).data().size());
    }

    @Test
    void a_created_then_patched_profile_stays_unseen_until_the_read_lag_after_its_creation() throws Exception {
        String peopleId = crisp.http().post(people("profile"), "{\"email\":\"new@example.com\",\"person\":{\"nickname\":\"New\"}}")
                .data().get("people_id").asText();
        assertEquals(200, crisp.http().patch(people("profile/" + peopleId), "{\"segments\":[\"whatsapp\"]}").status());
        assertEquals(404, crisp.http().head(people("profile/" + peopleId)).status());
        crisp.scenario().ageCrm(SandboxSwitch.READ_LAG.defaultValue());
        assertEquals("whatsapp", crisp.http().get(people("profile/" + peopleId)).data().get("segments").get(0).asText());
    }

    @Test
    void patched_segments_replace_the_profiles_by_default_and_are_added_under_merge() throws Exception {
        String peopleId = preload("ana@example.com", "vip", "whatsapp");
        crisp.http().patch(people("profile/" + peopleId), "{\"segments\":[\"nomail\"]}");
        assertEquals(List.of("nomail"), stored(peopleId).segments());

        crisp.sandbox().switches().set(SandboxSwitch.PROFILE_SEGMENTS_UPDATE, ProfileSegmentsUpdate.MERGE);
        crisp.http().patch(people("profile/" + peopleId), "{\"segments\":[\"whatsapp\",\"nomail\"]}");
        assertEquals(List.of("nomail", "whatsapp"), stored(peopleId).segments());
    }

    @Test
    void a_patch_to_an_email_another_profile_holds_is_refused_like_a_duplicate_create() throws Exception {
        String ana = preload("ana@example.com");
        preload("bea@example.com");
        CrispHttp.Answer refused = crisp.http().patch(people("profile/" + ana), "{\"email\":\"BEA@example.com\",\"segments\":[\"x\"]}");
        assertEquals(409, refused.status());
        assertEquals("people_exists", refused.reason());
        assertEquals("ana@example.com", stored(ana).email());
        assertTrue(stored(ana).segments().isEmpty(), "nothing of a refused patch is applied");

        crisp.sandbox().switches().set(SandboxSwitch.DUPLICATE_STATUS, 400).set(SandboxSwitch.DUPLICATE_REASON, "invalid_data");
        assertEquals(400, crisp.http().patch(people("profile/" + ana), "{\"email\":\"bea@example.com\"}").status());
        assertEquals(200, crisp.http().patch(people("profile/" + ana), "{\"email\":\"ANA@example.com\"}").status(),
                "a profile may change the case of its own email");
    }

    @Test
    void a_patch_of_an_unknown_profile_is_404_and_a_bad_card_400() throws Exception {
        assertEquals(404, crisp.http().patch(people("profile/nope"), "{\"segments\":[\"x\"]}").status());
        String peopleId = preload("ana@example.com");
        for (String body : List.of("{\"email\":\"nope\"}", "{\"data\":{}}", "{\"person\":{\"phone\":1}}",
                "{\"segments\":[1]}", "{\"person\":{\"nickname\":\"\"}}", "[]")) {
            assertEquals(400, crisp.http().patch(people("profile/" + peopleId), body).status(), body);
        }
    }

    @Test
    void the_email_subscription_is_on_until_patched_off_and_reads_back_at_once() throws Exception {
        String peopleId = preload("ana@example.com");
        JsonNode before = crisp.http().get(people("subscription/" + peopleId)).data();
        assertTrue(before.get("email").asBoolean());
        assertEquals(200, crisp.http().patch(people("subscription/" + peopleId), "{\"email\":false}").status());
        assertFalse(crisp.http().get(people("subscription/" + peopleId)).data().get("email").asBoolean());
        assertFalse(stored(peopleId).emailSubscribed());
        crisp.http().patch(people("subscription/" + peopleId), "{\"email\":true}");
        assertTrue(stored(peopleId).emailSubscribed());

        assertEquals(400, crisp.http().patch(people("subscription/" + peopleId), "{\"email\":\"no\"}").status());
        assertEquals(400, crisp.http().patch(people("subscription/" + peopleId), "{\"email\":false,\"sms\":false}").status());
        assertEquals(404, crisp.http().patch(people("subscription/nope"), "{\"email\":false}").status());
        assertEquals(404, crisp.http().get(people("subscription/nope")).status());
        assertEquals(2, crisp.sandbox().requestLog().count(SandboxRoutes.SUBSCRIPTION_GET, 200));
    }

    @Test
    void profile_events_are_kept_in_order_checked_and_bounded() throws Exception {
        String peopleId = preload("ana@example.com");
        CrispHttp.Answer added = crisp.http().post(people("events/" + peopleId),
                "{\"text\":\"Contact created from whatsapp\",\"data\":{\"channel\":\"whatsapp\"},\"color\":\"green\"}");
        assertEquals(200, added.status());
        assertEquals("added", added.reason());
        crisp.http().post(people("events/" + peopleId), "{\"text\":\"Second\"}");
        List<ProfileEvent> events = stored(peopleId).events();
        assertEquals(List.of("Contact created from whatsapp", "Second"), events.stream().map(ProfileEvent::text).toList());
        assertEquals("green", events.get(0).color());
        assertEquals("{\"channel\":\"whatsapp\"}", events.get(0).dataJson());

        for (String body : List.of("{}", "{\"text\":\"\"}", "{\"text\":\"" + "x".repeat(251) + "\"}",
                "{\"text\":\"t\",\"color\":\"teal\"}", "{\"text\":\"t\",\"data\":[]}", "{\"text\":\"t\",\"kind\":1}")) {
            assertEquals(400, crisp.http().post(people("events/" + peopleId), body).status(), body);
        }
        assertEquals(404, crisp.http().post(people("events/nope"), "{\"text\":\"t\"}").status());

        for (int i = 0; i < WebsiteCrm.EVENTS_KEPT; i++) {
            crisp.http().post(people("events/" + peopleId), "{\"text\":\"event " + i + "\"}");
        }
        List<ProfileEvent> kept = stored(peopleId).events();
        assertEquals(WebsiteCrm.EVENTS_KEPT, kept.size());
        assertEquals("event " + (WebsiteCrm.EVENTS_KEPT - 1), kept.get(kept.size() - 1).text());
        assertEquals(2 + 6 + 1 + WebsiteCrm.EVENTS_KEPT, crisp.sandbox().requestLog().count(SandboxRoutes.PROFILE_EVENT_ADD));
    }

    @Test
    void a_search_filter_takes_up_to_ten_criteria_joined_by_or_and_refuses_more() throws Exception {
        String ana = preload("ana@example.com");
        crisp.sandbox().switches().set(SandboxSwitch.PHONE_SEARCH, java.util.EnumSet.of(PhoneSearch.FILTER_PHONE));
        List<String> criteria = new ArrayList<>();
        for (String form : List.of("+5511912345678", "+551112345678", "+351 912 345 678", "+351912345678")) {
            for (String criterion : List.of("phone", "person.phone")) {
                criteria.add("{\"model\":\"people\",\"criterion\":\"" + criterion + "\",\"operator\":\"eq\",\"query\":[\""
                        + form + "\"]}");
            }
        }
        JsonNode found = crisp.http().get(people("profiles/1?search_operator=or&search_filter="
                + URLEncoder.encode("[" + String.join(",", criteria) + "]", StandardCharsets.UTF_8))).data();
        assertEquals(1, found.size());
        assertEquals(ana, found.get(0).get("people_id").asText());

        criteria.add(criteria.get(0));
        criteria.add(criteria.get(1));
        assertEquals(200, crisp.http().get(people("profiles/1?search_operator=or&search_filter="
                + URLEncoder.encode("[" + String.join(",", criteria) + "]", StandardCharsets.UTF_8))).status());
        criteria.add(criteria.get(2));
        CrispHttp.Answer tooMany = crisp.http().get(people("profiles/1?search_operator=or&search_filter="
                + URLEncoder.encode("[" + String.join(",", criteria) + "]", StandardCharsets.UTF_8)));
        assertEquals(400, tooMany.status());
        assertEquals("invalid_data", tooMany.reason());
    }
}
