package app.richcontact.probe;

/**
 * How long a read by email answers from before a create (Crisp caches GET and HEAD): the
 * throwaway profile's {@code HEAD}, as the plugin checks an email, polled until it is found.
 */
final class ReadLagCheck implements Check {

    @Override
    public String unknown() {
        return "read lag (GET/HEAD after a write)";
    }

    @Override
    public Finding run(ProbeContext context) {
        context.throwawayId().orElseThrow(() -> new ProbeFailure("no throwaway profile was created to read back"));
        String path = context.people("profile/" + context.profile().emailSegment());
        Polling polling = Polling.until(context.clock(), context.throwawayWrittenAt(), () -> {
            Answer head = context.api().head(path);
            if (head.status() != 200 && head.status() != 404) {
                throw new ProbeFailure("HEAD of the throwaway profile answered " + head.describe());
            }
            return head.status() == 200;
        });
        return Finding.settled(unknown(), polling.describe("HEAD by email"));
    }
}
