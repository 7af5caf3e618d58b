package app.richcontact.domain;

/**
 * How an origin was read as a channel: by an alias from configuration, by its integration's
 * name, or not at all (denied, or not an integration). {@code channel} is null unless it is one.
 */
public record ChannelResolution(Channel channel, Source source) {

    /** Where the answer came from. */
    public enum Source {
        /** A configured alias named the channel. */
        ALIAS,
        /** The channel is the integration's name, the URN's third part. */
        INTEGRATION,
        /** The deny-list says this integration is no messaging channel. */
        DENIED,
        /** Not an integration at all: the chatbox or email. */
        NOT_AN_INTEGRATION
    }

    public boolean isChannel() {
        return channel != null;
    }
}
