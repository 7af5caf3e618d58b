package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.ProfileEvent;
import app.richcontact.sandbox.ProfilePersonUpdate;
import app.richcontact.sandbox.ProfileSegmentsUpdate;
import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.world.ProfileChange;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.WebsiteCrm;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/**
 * The CRM routes that change an existing profile, by {@code people_id}: a partial card update
 * (seen by GET/HEAD and search only after {@link SandboxSwitch#READ_LAG} / {@link SandboxSwitch#SEARCH_LAG}, as
 * creates are), its email subscription and its events (both read back at once).
 */
final class PeopleUpdateRoutes {

    /** The longest event text accepted (Crisp's bound is not documented). */
    static final int MAX_EVENT_TEXT = 250;
    /** The most keys an event's data may hold. */
    static final int MAX_EVENT_DATA_KEYS = 20;
    /**
     * Crisp's colour names for events; the official client's example uses {@code red}, the others
     * are those of Crisp's dashboard palette.
     */
    static final Set<String> EVENT_COLORS = Set.of("red", "orange", "yellow", "green", "blue", "purple", "pink",
            "brown", "grey", "black");

    private final World world;
    private final JsonViews views;
    private final SandboxSwitches switches;

    PeopleUpdateRoutes(World world, JsonViews views, SandboxSwitches switches) {
        this.world = world;
        this.views = views;
        this.switches = switches;
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.PROFILE_PATCH, this::updateProfile);
        table.add(SandboxRoutes.SUBSCRIPTION_GET, this::subscription);
        table.add(SandboxRoutes.SUBSCRIPTION_PATCH, this::updateSubscription);
        table.add(SandboxRoutes.PROFILE_EVENT_ADD, this::addEvent);
    }

    private ApiReply updateProfile(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        ObjectNode body = request.bodyObject();
        ProfileCard card = ProfileCard.parse(body);
        if (card.nickname() != null && card.nickname().isBlank()) {
            throw ApiError.invalid("person.nickname must not be blank");
        }
        boolean merge = switches.get(SandboxSwitch.PROFILE_SEGMENTS_UPDATE) == ProfileSegmentsUpdate.MERGE;
        boolean replacePerson = body.hasNonNull("person")
                && switches.get(SandboxSwitch.PROFILE_PERSON_UPDATE) == ProfilePersonUpdate.REPLACE;
        ProfileChange change = new ProfileChange(card.email(), card.nickname(), card.phone(), card.geolocation(),
                card.segments(), merge, replacePerson);
        WebsiteCrm.Update outcome = website.crm().update(request.param("people_id"), change,
                System.currentTimeMillis());
        return switch (outcome) {
            case UPDATED -> new ApiReply(200, "updated", views.object());
            case NOT_FOUND -> throw ApiError.notFound();
            case EMAIL_TAKEN -> throw PeopleRoutes.duplicate(switches);
        };
    }

    private ApiReply subscription(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        Boolean subscribed = website.crm().emailSubscribed(request.param("people_id"));
        if (subscribed == null) {
            throw ApiError.notFound();
        }
        ObjectNode data = views.object();
        data.put("email", subscribed);
        return ApiReply.ok(data);
    }

    private ApiReply updateSubscription(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        ObjectNode body = request.bodyObject();
        ProfileCard.requireOnly(body, Set.of("email"), "");
        JsonNode email = body.get("email");
        if (email == null || !email.isBoolean()) {
            throw ApiError.invalid("email must be true or false");
        }
        if (!website.crm().emailSubscription(request.param("people_id"), email.asBoolean())) {
            throw ApiError.notFound();
        }
        return new ApiReply(200, "updated", views.object());
    }

    private ApiReply addEvent(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        ObjectNode body = request.bodyObject();
        ProfileCard.requireOnly(body, Set.of("text", "data", "color", "timestamp"), "");
        String text = ProfileCard.optionalText(body, "text", "text");
        if (text == null || text.isBlank() || text.length() > MAX_EVENT_TEXT) {
            throw ApiError.invalid("text is required, at most " + MAX_EVENT_TEXT + " characters");
        }
        JsonNode data = body.get("data");
        if (data != null && !data.isNull() && (!data.isObject() || data.size() > MAX_EVENT_DATA_KEYS)) {
            throw ApiError.invalid("data must be an object of at most " + MAX_EVENT_DATA_KEYS + " keys");
        }
        String color = ProfileCard.optionalText(body, "color", "color");
        if (color != null && !EVENT_COLORS.contains(color)) {
            throw ApiError.invalid("color must be one of " + String.join(", ", new java.util.TreeSet<>(EVENT_COLORS)));
        }
        JsonNode timestamp = body.get("timestamp");
        if (timestamp != null && !timestamp.isNull() && !timestamp.canConvertToLong()) {
            throw ApiError.invalid("timestamp must be epoch milliseconds");
        }
        long at = timestamp == null || timestamp.isNull() ? System.currentTimeMillis() : timestamp.asLong();
        ProfileEvent event = new ProfileEvent(text, data == null || data.isNull() ? null : data.toString(), color, at);
        if (!website.crm().addEvent(request.param("people_id"), event)) {
            throw ApiError.notFound();
        }
        return new ApiReply(200, "added", views.object());
    }
}
