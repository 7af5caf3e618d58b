package app.richcontact.sandbox.internal.events;

import org.json.JSONObject;

/**
 * One event Crisp raises, ready for both deliveries (RTM and web hooks).
 *
 * @param name the event name, e.g. {@code message:send}
 * @param websiteId the website it concerns
 * @param payload the flat JSON payload; never mutated after creation
 * @param pluginLevel true for subscription events, which may reach sockets not yet bound to the website
 * @param timestamp when Crisp raised it, epoch milliseconds
 */
public record SandboxEvent(String name, String websiteId, JSONObject payload, boolean pluginLevel, long timestamp) {
}
