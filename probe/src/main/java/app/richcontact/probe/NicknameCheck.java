package app.richcontact.probe;

/**
 * Whether a profile create must carry {@code person.nickname}: the throwaway profile is created
 * without one, and, if that is refused, again with one (the only difference), which also makes
 * the profile the later checks read.
 */
final class NicknameCheck implements Check {

    @Override
    public String unknown() {
        return "person.nickname on create";
    }

    @Override
    public Finding run(ProbeContext context) {
        long sentAt = context.clock().nanoTime();
        Answer nameless = create(context, false);
        if (nameless.succeeded()) {
            context.throwawayCreated(peopleId(nameless), sentAt);
            return Finding.settled(unknown(), "optional (a create without person.nickname was accepted, "
                    + nameless.describe() + "); the plugin names every contact anyway");
        }
        sentAt = context.clock().nanoTime();
        Answer named = create(context, true);
        if (!named.succeeded()) {
            throw new ProbeFailure("no throwaway profile could be created: without person.nickname "
                    + nameless.describe() + ", with it " + named.describe());
        }
        context.throwawayCreated(peopleId(named), sentAt);
        return Finding.settled(unknown(), "required (a create without person.nickname was refused, "
                + nameless.describe() + "; the same with one was accepted); the plugin always sends one");
    }

    private static Answer create(ProbeContext context, boolean named) {
        return context.api().send("POST", context.people("profile"), context.profile().createBody(context.json(), named));
    }

    private static String peopleId(Answer created) {
        String id = created.data().path("people_id").asText("");
        if (id.isEmpty()) {
            throw new ProbeFailure("Crisp created the throwaway profile (" + created.describe() + ") but gave no people_id");
        }
        return id;
    }
}
