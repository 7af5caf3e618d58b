package app.richcontact.sandbox.internal.rest;

import app.richcontact.sandbox.Geolocation;
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
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CRM routes: profile exists/read by id or email, search, create, delete. Creates and deletes
 * are consistent at once; reads see a write only {@link SandboxSwitch#READ_LAG} (GET/HEAD) or
 * {@link SandboxSwitch#SEARCH_LAG} (search) after it.
 */
final class PeopleRoutes {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> PROFILE_FIELDS = Set.of("email", "person", "segments", "company", "notepad", "active");
    private static final Set<String> PERSON_FIELDS = Set.of("nickname", "phone", "geolocation", "avatar", "gender",
            "address", "description", "website", "timezone", "employment", "locales", "profiles");

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
        if (profile == null || !website.crm().visible(profile, switches.get(SandboxSwitch.READ_LAG),
                System.currentTimeMillis())) {
            throw ApiError.notFound();
        }
        return profile;
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
                candidate -> website.crm().visible(candidate, lag, now))) {
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
        ObjectNode body = request.bodyObject();
        requireOnly(body, PROFILE_FIELDS, "");
        JsonNode email = body.get("email");
        if (email == null || !email.isTextual() || !EMAIL.matcher(email.asText()).matches()) {
            throw ApiError.invalid("email is required and must be an email address");
        }
        String nickname = null;
        String phone = null;
        Geolocation where = null;
        JsonNode person = body.get("person");
        if (person != null && !person.isNull()) {
            if (!person.isObject()) {
                throw ApiError.invalid("person must be an object");
            }
            requireOnly((ObjectNode) person, PERSON_FIELDS, "person.");
            nickname = optionalText(person, "nickname", "person.nickname");
            phone = optionalText(person, "phone", "person.phone");
            JsonNode geolocation = person.get("geolocation");
            if (geolocation != null && !geolocation.isNull()) {
                if (!geolocation.isObject()) {
                    throw ApiError.invalid("person.geolocation must be an object");
                }
                where = new Geolocation(optionalText(geolocation, "country", "person.geolocation.country"),
                        optionalText(geolocation, "region", "person.geolocation.region"),
                        optionalText(geolocation, "city", "person.geolocation.city"));
            }
        }
        if (nickname == null && switches.get(SandboxSwitch.NICKNAME_REQUIRED)) {
            throw ApiError.invalid("person.nickname is required");
        }
        List<String> segments = new ArrayList<>();
        JsonNode segmentsNode = body.get("segments");
        if (segmentsNode != null && !segmentsNode.isNull()) {
            if (!segmentsNode.isArray()) {
                throw ApiError.invalid("segments must be an array of strings");
            }
            for (JsonNode segment : segmentsNode) {
                if (!segment.isTextual()) {
                    throw ApiError.invalid("segments must be an array of strings");
                }
                segments.add(segment.asText());
            }
        }
        Profile created = website.crm().create(email.asText(), nickname, phone, where, segments,
                System.currentTimeMillis());
        if (created == null) {
            throw new ApiError(switches.get(SandboxSwitch.DUPLICATE_STATUS), switches.get(SandboxSwitch.DUPLICATE_REASON), null);
        }
        ObjectNode data = views.object();
        data.put("people_id", created.peopleId());
        return new ApiReply(201, "added", data);
    }

    private static void requireOnly(ObjectNode node, Set<String> allowed, String prefix) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiError.invalid("unknown field " + prefix + name);
            }
        }
    }

    private static boolean text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual();
    }

    private static String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiError.invalid(path + " must be a string");
        }
        return value.asText();
    }
}
