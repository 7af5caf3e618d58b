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
        if (!origin.isUrn()) {
            return Optional.empty();
        }
        for (ChannelAlias alias : aliases) {
            if (alias.pattern().matches(origin)) {
                return Optional.of(alias.channel());
            }
        }
        for (UrnPattern pattern : denied) {
            if (pattern.matches(origin)) {
                return Optional.empty();
            }
        }
        return origin.integrationName().map(Channel::fromIntegrationName);
    }

    /** The channels a settings page should offer: the common ones, then every alias target. */
    public List<Channel> offeredChannels() {
        java.util.LinkedHashSet<Channel> offered = new java.util.LinkedHashSet<>(Channel.COMMON);
        aliases.forEach(alias -> offered.add(alias.channel()));
        return List.copyOf(offered);
    }
}
