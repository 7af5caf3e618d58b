package app.richcontact.probe.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The CRM profile the probe makes up and deletes again: an email at {@code example.com} (reserved,
 * RFC 2606) and a phone from the range Ofcom keeps for drama ({@code +44 7700 900xxx}), so nobody's
 * data is ever written. This is where those made-up values become request bodies, paths and
 * queries; the probe never prints them.
 */
public final class ThrowawayProfile {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NICKNAME = "Rich Contact probe";

    private final String address;
    private final String number;

    private ThrowawayProfile(String address, String number) {
        this.address = address;
        this.number = number;
    }

    /** Fresh values, unlikely to meet any profile already in a CRM. */
    public static ThrowawayProfile invent() {
        byte[] tag = new byte[6];
        RANDOM.nextBytes(tag);
        return new ThrowawayProfile("rich-contact-probe-" + HexFormat.of().formatHex(tag) + "@example.com",
                "+447700900" + String.format("%03d", RANDOM.nextInt(1_000)));
    }

    /** The body of {@code POST website/{w}/people/profile}, with or without {@code person.nickname}. */
    public ObjectNode createBody(ObjectMapper json, boolean named) {
        ObjectNode body = json.createObjectNode();
        body.put("email", address);
        ObjectNode person = body.putObject("person");
        if (named) {
            person.put("nickname", NICKNAME);
        }
        person.put("phone", number);
        body.putArray("segments").add("rich-contact-probe");
        return body;
    }

    /**
     * The body of a create with a nickname and the given segments, and no phone: the profile the
     * segments-update check patches.
     */
    public ObjectNode segmentedBody(ObjectMapper json, List<String> segments) {
        ObjectNode body = namedBody(json);
        segments.forEach(body.putArray("segments")::add);
        return body;
    }

    /**
     * The body of a create with a nickname and a place (a country and a city), and no phone: the
     * profile the person-update check patches.
     */
    public ObjectNode placedBody(ObjectMapper json) {
        ObjectNode body = namedBody(json);
        ((ObjectNode) body.get("person")).putObject("geolocation").put("country", "GB").put("city", "London");
        body.putArray("segments").add("rich-contact-probe");
        return body;
    }

    /** The body of {@code PATCH website/{w}/people/profile/{id}} whose {@code person} gives only the phone. */
    public ObjectNode phoneOnlyPatch(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.putObject("person").put("phone", number);
        return body;
    }

    /** The body of {@code PATCH website/{w}/conversation/{s}/meta} that sets its email to this profile's. */
    public ObjectNode metaEmailBody(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("email", address);
        return body;
    }

    private ObjectNode namedBody(ObjectMapper json) {
        ObjectNode body = json.createObjectNode();
        body.put("email", address);
        body.putObject("person").put("nickname", NICKNAME);
        return body;
    }

    /** The path segment naming the profile by email, URL-encoded as the plugin sends it. */
    public String emailSegment() {
        return URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    /** The {@code search_text} that finds the profile by its email. */
    public String emailSearchText() {
        return address;
    }

    /** The phone in E.164, for the phone-search forms. */
    public String phoneE164() {
        return number;
    }

    @Override
    public String toString() {
        return "ThrowawayProfile[made up, not printed]";
    }
}
