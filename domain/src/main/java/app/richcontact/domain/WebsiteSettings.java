package app.richcontact.domain;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.List;
import java.util.Set;

/**
 * What a website's owner chose on the settings page. {@link #DEFAULTS} is a fresh install:
 * enabled, every channel, no extra segment, skip sessions that have an email, no geolocation,
 * and {@link ContactCare#DEFAULTS}.
 */
public record WebsiteSettings(boolean enabled, boolean allChannels, Set<Channel> channels,
                              List<Segment> segments, boolean skipIfEmailExists,
                              boolean geolocation, ContactCare care) {

    public static final int MAX_CHANNELS = 32;
    public static final int MAX_SEGMENTS = 20;

    public static final WebsiteSettings DEFAULTS =
            new WebsiteSettings(true, true, Set.of(), List.of(), true, false, ContactCare.DEFAULTS);

    public WebsiteSettings {
        channels = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(channels));
        segments = List.copyOf(new LinkedHashSet<>(segments));
        Objects.requireNonNull(care, "care");
        if (channels.size() > MAX_CHANNELS) {
            throw new InvalidValueException(SettingsDocument.CHANNELS, "must list at most " + MAX_CHANNELS);
        }
        if (segments.size() > MAX_SEGMENTS) {
            throw new InvalidValueException(SettingsDocument.SEGMENTS, "must list at most " + MAX_SEGMENTS);
        }
    }

    /** True when conversations from {@code channel} should get a contact. */
    public boolean monitors(Channel channel) {
        return allChannels || channels.contains(channel);
    }
}
