package app.richcontact.domain;

import java.util.List;

/**
 * A messaging channel (whatsapp, aircall, …): the segment every contact from it gets and the
 * domain of its placeholder emails, so its name is a DNS label: 1 to 32 lower-case letters,
 * digits and inner hyphens.
 */
public record Channel(String name) {

    public static final int MAX_LENGTH = 32;

    /** The channels the settings page offers by name; any other valid name is accepted too. */
    public static final List<Channel> COMMON = List.of(
            new Channel("whatsapp"), new Channel("aircall"), new Channel("instagram"),
            new Channel("messenger"), new Channel("telegram"), new Channel("line"),
            new Channel("viber"), new Channel("sms"));

    public Channel {
        name = Text.lowerAscii(Text.required(name, "channel").strip());
        if (!isLabel(name)) {
            throw new InvalidValueException("channel",
                    "must be 1 to " + MAX_LENGTH + " lower-case letters, digits or inner hyphens");
        }
    }

    /**
     * The channel of an integration name from an origin URN: {@code _} and {@code .} are not
     * allowed in a domain label and become {@code -}.
     */
    static Channel fromIntegrationName(String integrationName) {
        return new Channel(integrationName.replace('_', '-').replace('.', '-'));
    }

    private static boolean isLabel(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH
                || name.charAt(0) == '-' || name.charAt(name.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
