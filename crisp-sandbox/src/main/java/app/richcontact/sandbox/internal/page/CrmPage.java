package app.richcontact.sandbox.internal.page;

import app.richcontact.sandbox.ConversationSnapshot;
import app.richcontact.sandbox.Geolocation;
import app.richcontact.sandbox.Scenario;
import app.richcontact.sandbox.internal.world.Profile;
import app.richcontact.sandbox.internal.world.Website;
import app.richcontact.sandbox.internal.world.World;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The sandbox's one HTML page: each website's CRM and the recent conversations, self-contained. */
public final class CrmPage {

    private static final int PROFILES_PER_WEBSITE = 100;
    private static final int RECENT_CONVERSATIONS = 50;
    private static final Geolocation NOWHERE = new Geolocation(null, null, null);

    private final World world;
    private final Scenario scenario;

    public CrmPage(World world, Scenario scenario) {
        this.world = world;
        this.scenario = scenario;
    }

    public void handle(Context ctx) {
        ctx.html(render());
    }

    String render() {
        StringBuilder html = new StringBuilder(8_192);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"5\">")
                .append("<title>Crisp sandbox</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#1c293b}")
                .append("table{border-collapse:collapse;margin-bottom:2em}")
                .append("th,td{border:1px solid #ccd;padding:.3em .6em;text-align:left;font-size:.9em}")
                .append("th{background:#eef}.muted{color:#789}")
                .append("</style></head><body><h1>Crisp sandbox</h1>");
        List<Website> websites = new java.util.ArrayList<>(world.websites());
        websites.sort(java.util.Comparator.comparing(Website::name).thenComparing(Website::id));
        html.append("<h2>CRM profiles</h2>");
        if (websites.isEmpty()) {
            html.append("<p class=\"muted\">No website has installed the plugin yet.</p>");
        }
        for (Website website : websites) {
            renderWebsite(html, website);
        }
        renderConversations(html);
        return html.append("</body></html>").toString();
    }

    private void renderWebsite(StringBuilder html, Website website) {
        List<Profile> profiles = website.crm().all();
        html.append("<h3>").append(escape(website.name())).append(" <span class=\"muted\">")
                .append(escape(website.id())).append(website.installed() ? "" : " (plugin removed)")
                .append(" · ").append(profiles.size()).append(" profiles</span></h3>");
        if (profiles.isEmpty()) {
            html.append("<p class=\"muted\">No profiles.</p>");
            return;
        }
        html.append("<table><tr><th>Created</th><th>Nickname</th><th>Phone</th><th>Email</th>")
                .append("<th>Segments</th><th>Country</th><th>City</th></tr>");
        int from = Math.max(0, profiles.size() - PROFILES_PER_WEBSITE);
        for (int i = profiles.size() - 1; i >= from; i--) {
            Profile profile = profiles.get(i);
            Geolocation where = Objects.requireNonNullElse(profile.geolocation(), NOWHERE);
            html.append("<tr><td>").append(Instant.ofEpochMilli(profile.createdAt()))
                    .append("</td><td>").append(escape(profile.nickname()))
                    .append("</td><td>").append(escape(profile.phone()))
                    .append("</td><td>").append(escape(profile.email()))
                    .append("</td><td>").append(escape(String.join(", ", profile.segments())))
                    .append("</td><td>").append(escape(where.country()))
                    .append("</td><td>").append(escape(where.city()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private void renderConversations(StringBuilder html) {
        List<ConversationSnapshot> recent = scenario.recentConversations(RECENT_CONVERSATIONS);
        html.append("<h2>Recent conversations</h2>");
        if (recent.isEmpty()) {
            html.append("<p class=\"muted\">No conversations yet.</p>");
            return;
        }
        html.append("<table><tr><th>Started</th><th>Website</th><th>Origin</th><th>Nickname</th>")
                .append("<th>Phone</th><th>Email</th><th>Linked profile</th></tr>");
        for (ConversationSnapshot conversation : recent) {
            Website website = world.website(conversation.websiteId());
            html.append("<tr><td>").append(Instant.ofEpochMilli(conversation.createdAt()))
                    .append("</td><td>").append(escape(website == null ? conversation.websiteId() : website.name()))
                    .append("</td><td>").append(escape(conversation.origin()))
                    .append("</td><td>").append(escape(conversation.nickname()))
                    .append("</td><td>").append(escape(conversation.phone()))
                    .append("</td><td>").append(escape(conversation.email()))
                    .append("</td><td>").append(escape(conversation.peopleId()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
