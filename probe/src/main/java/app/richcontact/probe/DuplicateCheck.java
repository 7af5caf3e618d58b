package app.richcontact.probe;

/**
 * What Crisp answers to a create whose email already has a profile: the throwaway profile created
 * a second time. The plugin takes any 4xx on create for a possible duplicate and checks the email
 * again, so the answer needs no setting; the probe only reports it.
 */
final class DuplicateCheck implements Check {

    @Override
    public String unknown() {
        return "create with an email that exists";
    }

    @Override
    public Finding run(ProbeContext context) {
        context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created to duplicate"));
        Answer again = context.api().send("POST", context.people("profile"), context.profile().createBody(context.json(), true));
        if (again.succeeded()) {
            String second = again.data().path("people_id").asText("");
            if (!second.isEmpty()) {
                context.created(second);
            }
            return Finding.settled(unknown(), "accepted (" + again.describe() + "): Crisp made a second profile with the "
                    + "same email, so emails are not unique; the plugin's email check cannot prevent duplicates");
        }
        return Finding.settled(unknown(), again.describe() + (again.status() / 100 == 4
                ? " (a 4xx: the plugin re-checks the email and skips)" : " (not a 4xx: the plugin fails that capture)"));
    }
}
