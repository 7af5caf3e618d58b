package app.richcontact.probe;

/**
 * Who receives {@code plugin:subscription:updated} for a new install: telling needs an install,
 * which the probe does not make (only a person can add the plugin to a website in Crisp's
 * dashboard), so it says what to watch instead. It spends no request.
 */
final class SubscriptionEventsCheck implements Check {

    @Override
    public String unknown() {
        return "who hears plugin:subscription:updated";
    }

    @Override
    public Finding run(ProbeContext context) {
        return Finding.unsettled(unknown(), "it needs a new install of the plugin, which only a person can make in "
                + "Crisp's dashboard; to check the plugin under it, add the plugin to a second website while it runs: "
                + "the first conversation there must get a contact");
    }
}
