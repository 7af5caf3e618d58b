package app.richcontact.domain;

import java.util.List;
import java.util.Optional;

/**
 * Decides which origins are messaging channels: any {@code urn:} origin, named by its
 * integration, unless an alias names it otherwise or the deny-list says it is no channel
 * (contact forms, bots, Slack). Aliases are tried first, in order.
 */
public record ChannelRules(List<UrnPattern> denied, List<ChannelAlias> aliases) {

    public static final List<UrnPattern> DEFAULT_DENIED = List.of(
            new UrnPattern("contact-form"), new UrnPattern("bot"), new UrnPattern("slack"));

    public static final ChannelRules DEFAULT = new ChannelRules(DEFAULT_DENIED, List.of());

    public ChannelRules {
        denied = List.copyOf(denied);
        aliases = List.copyOf(aliases);
    }

    public Optional<Channel> channelOf(Origin origin) {
        return Optional.ofNullable(resolve(origin).channel());
    }

    /** The channel of an origin, and how it was found (for counting origins never seen before). */
    public ChannelResolution resolve(Origin origin) {
        if (!origin.isUrn()) {
            return new ChannelResolution(null, ChannelResolution.Source.NOT_AN_INTEGRATION);
        }
        for (ChannelAlias alias : aliases) {
            if (alias.pattern().matches(origin)) {
                return new ChannelResolution(alias.channel(), ChannelResolution.Source.ALIAS);
            }
        }
        for (UrnPattern pattern : denied) {
            if (pattern.matches(origin)) {
                return new ChannelResolution(null, ChannelResolution.Source.DENIED);
            }
        }
        return new ChannelResolution(Channel.fromIntegrationName(origin.integrationName().orElseThrow()),
                ChannelResolution.Source.INTEGRATION);
    }

    /** The channels a settings page should offer: the common ones, then every alias target. */
    public List<Channel> offeredChannels() {
        java.util.LinkedHashSet<Channel> offered = new java.util.LinkedHashSet<>(Channel.COMMON);
        aliases.forEach(alias -> offered.add(alias.channel()));
        return List.copyOf(offered);
    }
}
