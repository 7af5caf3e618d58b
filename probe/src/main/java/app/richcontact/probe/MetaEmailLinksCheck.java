package app.richcontact.probe;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What setting a conversation's meta email does to its link: only on the operator's own test
 * conversation ({@code --test-session}), whose meta email is set to the throwaway profile's and
 * its {@code people_id} read until it names that profile; the email it had is put back by the
 * clean-up. Three requests and the reads the wait takes (all of the probe's patience when it
 * does not link).
 */
final class MetaEmailLinksCheck implements Check {

    private final String testSession;

    /** @param testSession the session id of the operator's own test conversation, or null */
    MetaEmailLinksCheck(String testSession) {
        this.testSession = testSession;
    }

    @Override
    public String unknown() {
        return "what a conversation's meta email links";
    }

    @Override
    public Finding run(ProbeContext context) {
        if (testSession == null) {
            return Finding.unsettled(unknown(), "skipped: needs a test conversation: start one on the test website "
                    + "yourself, give it your own email, and pass --test-session <its session_id>");
        }
        String id = context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created to link"));
        String conversation = "website/" + context.websiteId() + "/conversation/" + testSession;
        Answer before = context.api().get(conversation);
        if (!before.succeeded()) {
            throw new ProbeFailure("the test conversation answered " + before.describe());
        }
        String previous = before.data().path("meta").path("email").asText("");
        if (previous.isBlank()) {
            return Finding.unsettled(unknown(), "the test conversation has no email to put back afterwards: give it "
                    + "your own in Crisp and run again");
        }
        ObjectNode restore = context.json().createObjectNode().put("email", previous);
        context.undoLater(api -> {
            Answer restored = api.send("PATCH", conversation + "/meta", restore);
            if (!restored.succeeded()) {
                throw new ProbeFailure("the test conversation's email could not be put back (" + restored.describe()
                        + "): set it again in Crisp");
            }
            return "test conversation's email put back";
        });
        long sentAt = context.clock().nanoTime();
        Answer patched = context.api().send("PATCH", conversation + "/meta", context.profile().metaEmailBody(context.json()));
        if (!patched.succeeded()) {
            throw new ProbeFailure("setting the test conversation's email answered " + patched.describe());
        }
        Polling polling = Polling.until(context.clock(), sentAt, () -> {
            Answer read = context.api().get(conversation);
            if (!read.succeeded()) {
                throw new ProbeFailure("the test conversation answered " + read.describe());
            }
            return id.equals(read.data().path("people_id").asText(""));
        });
        if (polling.freshAt() != null) {
            return Finding.settled(unknown(), "links (the conversation's people_id became the throwaway profile's: "
                    + polling.describe("read") + "): the sandbox's META_EMAIL_LINKS links");
        }
        return Finding.settled(unknown(), "ignored (the conversation's people_id never named the throwaway profile, "
                + polling.describe("read") + "): the sandbox's META_EMAIL_LINKS ignored (its default); the plugin "
                + "remembers which contact each conversation got");
    }
}
