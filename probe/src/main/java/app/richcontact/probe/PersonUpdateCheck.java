package app.richcontact.probe;

import app.richcontact.probe.wire.ThrowawayProfile;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a profile update's {@code person} does to the profile's: a probe profile of its own made
 * with a nickname and a place, patched with a {@code person} that gives only a phone, and read
 * back until the phone shows. Three requests and the reads the read lag takes.
 */
final class PersonUpdateCheck implements Check {

    @Override
    public String unknown() {
        return "what a profile update's person does";
    }

    @Override
    public Finding run(ProbeContext context) {
        ThrowawayProfile profile = ThrowawayProfile.invent();
        String id = context.createOwn(profile.placedBody(context.json()));
        long sentAt = context.clock().nanoTime();
        Answer patched = context.api().send("PATCH", context.people("profile/" + id), profile.phoneOnlyPatch(context.json()));
        if (!patched.succeeded()) {
            throw new ProbeFailure("a profile update with only a phone in person answered " + patched.describe());
        }
        ProfileReadBack read = ProfileReadBack.after(context, id, sentAt, shown -> given(shown.path("person"), "phone"));
        if (!read.shown()) {
            return Finding.unsettled(unknown(), "the probe profile never read back with the phone it was given, "
                    + read.polling().describe("read"));
        }
        JsonNode person = read.profile().path("person");
        String place = person.path("geolocation").isObject() ? "its place kept" : "its place gone";
        if (given(person, "nickname")) {
            return Finding.settled(unknown(), "merge (a PATCH whose person gave only a phone left the nickname, " + place
                    + "): the sandbox's PROFILE_PERSON_UPDATE merge; the plugin's whole person changes nothing more");
        }
        return Finding.settled(unknown(), "replace (a PATCH whose person gave only a phone cleared the nickname, " + place
                + "): the sandbox's PROFILE_PERSON_UPDATE replace (its default); the plugin sends the person whole");
    }

    private static boolean given(JsonNode person, String field) {
        return !person.path(field).asText("").isBlank();
    }
}
