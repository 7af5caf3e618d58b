package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.SandboxRoutes;
import app.richcontact.sandbox.SandboxSwitch;
import app.richcontact.sandbox.SandboxSwitches;
import app.richcontact.sandbox.internal.world.FilterItem;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.ProfileSearch;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The CRM routes: profile exists/read by id or email, search, create, delete. Creates and deletes
 * are consistent at once; reads see a write only {@link SandboxSwitch#READ_LAG} (GET/HEAD) or
 * {@link SandboxSwitch#SEARCH_LAG} (search) after it.
 */
final class PeopleRoutes {

    /** The most criteria one {@code search_filter} may hold; more is 400 (Crisp's bound is not documented). */
    static final int MAX_FILTER_CRITERIA = 10;

    private final World world;
    private final JsonViews views;
    private final SandboxSwitches switches;
    private final ObjectMapper json;

    PeopleRoutes(World world, JsonViews views, SandboxSwitches switches, ObjectMapper json) {
        this.world = world;
        this.views = views;
        this.switches = switches;
        this.json = json;
    }

    void register(RouteTable table) {
        table.add(SandboxRoutes.PROFILE_HEAD, request -> {
            profile(request);
            return ApiReply.ok(null);
        });
        table.add(SandboxRoutes.PROFILE_GET, request -> ApiReply.ok(views.profile(profile(request))));
        table.add(SandboxRoutes.PROFILES_SEARCH, this::search);
        table.add(SandboxRoutes.PROFILE_CREATE, this::create);
        // As Crisp's official client calls it (removePeopleProfile): by people_id, answered "deleted".
        table.add(SandboxRoutes.PROFILE_DELETE, request -> {
            Website website = ConversationRoutes.website(world, request);
            if (!website.crm().delete(request.param("people_id"))) {
                throw ApiError.notFound();
            }
            return new ApiReply(200, "deleted", views.object());
        });
    }

    private Profile profile(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        String key = request.param("people_id");
        Profile profile = key.indexOf('@') >= 0 ? website.crm().byEmail(key) : website.crm().byId(key);
        Profile seen = profile == null ? null
                : website.crm().seen(profile, switches.get(SandboxSwitch.READ_LAG), System.currentTimeMillis());
        if (seen == null) {
            throw ApiError.notFound();
        }
        return seen;
    }

    private ApiReply search(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        int page = request.page();
        int perPage = request.perPage();
        String operator = request.query("search_operator");
        if (operator != null && !operator.equals("and") && !operator.equals("or")) {
            throw ApiError.invalid("search_operator must be and or or");
        }
        ProfileSearch search = new ProfileSearch(request.query("search_text"), filters(request.query("search_filter")),
                "or".equals(operator), switches.get(SandboxSwitch.PHONE_SEARCH));
        ArrayNode items = views.array();
        Duration lag = switches.get(SandboxSwitch.SEARCH_LAG);
        long now = System.currentTimeMillis();
        for (Profile profile : website.crm().search(search, page, perPage,
                candidate -> website.crm().seen(candidate, lag, now))) {
            items.add(views.profile(profile));
        }
        return ApiReply.ok(items);
    }

    private List<FilterItem> filters(String raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        JsonNode node;
        try {
            node = json.readTree(raw);
        } catch (java.io.IOException e) {
            throw ApiError.invalid("search_filter must be a JSON array");
        }
        if (node == null || !node.isArray()) {
            throw ApiError.invalid("search_filter must be a JSON array");
        }
        if (node.size() > MAX_FILTER_CRITERIA) {
            throw ApiError.invalid("search_filter holds at most " + MAX_FILTER_CRITERIA + " criteria");
        }
        List<FilterItem> items = new ArrayList<>();
        for (JsonNode item : node) {
            JsonNode query = item.get("query");
            if (!item.isObject() || !text(item, "model") || !text(item, "criterion") || !text(item, "operator")
                    || query == null || !query.isArray()) {
                throw ApiError.invalid("search_filter items need model, criterion, operator and a query array");
            }
            if (!ProfileSearch.knownOperator(item.get("operator").asText())) {
                throw ApiError.invalid("unknown search_filter operator");
            }
            List<String> values = new ArrayList<>();
            query.forEach(value -> values.add(value.asText()));
            items.add(new FilterItem(item.get("model").asText(), item.get("criterion").asText(),
                    item.get("operator").asText(), values));
        }
        return items;
    }

    private ApiReply create(ApiRequest request) {
        Website website = ConversationRoutes.website(world, request);
        ProfileCard card = ProfileCard.parse(request.bodyObject());
        if (card.email() == null) {
            throw ApiError.invalid("email is required and must be an email address");
        }
        if (card.nickname() == null && switches.get(SandboxSwitch.NICKNAME_REQUIRED)) {
            throw ApiError.invalid("person.nickname is required");
        }
        Profile created = website.crm().create(card.email(), card.nickname(), card.phone(), card.geolocation(),
                card.segments() == null ? List.of() : card.segments(), System.currentTimeMillis());
        if (created == null) {
            throw duplicate(switches);
        }
        ObjectNode data = views.object();
        data.put("people_id", created.peopleId());
        return new ApiReply(201, "added", data);
    }

    /** The answer to a write with an email another profile holds, as the duplicate switches say. */
    static ApiError duplicate(SandboxSwitches switches) {
        return new ApiError(switches.get(SandboxSwitch.DUPLICATE_STATUS), switches.get(SandboxSwitch.DUPLICATE_REASON),
                null);
    }

    private static boolean text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual();
    }
}
