package app.richcontact.domain;

/** Names the channel of the integrations whose origin matches a pattern (configuration). */
public record ChannelAlias(UrnPattern pattern, Channel channel) {

    public ChannelAlias {
        if (pattern == null || channel == null) {
            throw new InvalidValueException("channel alias", "needs a pattern and a channel");
        }
    }

    /** Parses {@code <urn pattern>=<channel>}, e.g. {@code urn:aircall.io:*=aircall}. */
    public static ChannelAlias parse(String entry) {
        String text = Text.required(entry, "channel alias");
        int equals = text.indexOf('=');
        if (equals < 0 || equals != text.lastIndexOf('=')) {
            throw new InvalidValueException("channel alias", "must be <urn pattern>=<channel>");
        }
        return new ChannelAlias(new UrnPattern(text.substring(0, equals)),
                new Channel(text.substring(equals + 1)));
    }

    @Override
    public String toString() {
        return pattern + "=" + channel;
    }
}
