package app.richcontact.probe;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Whether the routes that complete a contact answer as the plugin expects, on the throwaway
 * profile: its email subscription read and turned off, and a creation event added with the
 * plugin's own body. Three requests.
 */
final class ContactRoutesCheck implements Check {

    /** The channel the probe's creation event names, as the plugin would for a WhatsApp sender. */
    private static final String CHANNEL = "whatsapp";

    @Override
    public String unknown() {
        return "the routes that complete a contact";
    }

    @Override
    public Finding run(ProbeContext context) {
        String id = context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created"));
        String subscription = context.people("subscription/" + id);
        Answer read = context.api().get(subscription);
        ObjectNode unsubscribed = context.json().createObjectNode().put("email", false);
        Answer turnedOff = context.api().send("PATCH", subscription, unsubscribed);
        Answer event = context.api().send("POST", context.people("events/" + id), creationEventBody(context));
        boolean expected = read.succeeded() && read.data().path("email").isBoolean() && turnedOff.succeeded()
                && event.succeeded();
        return Finding.settled(unknown(), (expected ? "as the plugin expects" : "NOT as the plugin expects")
                + " (GET subscription " + read.describe() + (read.data().path("email").isBoolean() ? " with email" : " without email")
                + ", PATCH subscription " + turnedOff.describe() + ", POST events " + event.describe()
                + "); no sandbox switch: the sandbox answers 200 resolved with email, 200 updated, 200 added");
    }

    /** The plugin's body for a creation event (CrmWireMapping#creationEventBody, which its module keeps to itself). */
    private static ObjectNode creationEventBody(ProbeContext context) {
        ObjectNode body = context.json().createObjectNode();
        body.put("text", "New contact from " + CHANNEL + " (Rich Contact)");
        body.putObject("data").put("channel", CHANNEL);
        body.put("color", "green");
        return body;
    }
}
