package app.richcontact.probe;

/**
 * Whether a messaging sender keeps one Crisp session across conversations: telling needs a real
 * sender to write twice on a channel, which the probe cannot be, so it says what the plugin does
 * under either variant. It spends no request.
 */
final class SenderSessionsCheck implements Check {

    @Override
    public String unknown() {
        return "whether a messaging sender keeps one session";
    }

    @Override
    public Finding run(ProbeContext context) {
        return Finding.unsettled(unknown(), "it needs a real sender to write twice on a messaging channel; under the "
                + "sandbox's SENDER_SESSIONS new (its default) a returning sender is found again by their phone, under one "
                + "their session is already linked to their contact");
    }
}
