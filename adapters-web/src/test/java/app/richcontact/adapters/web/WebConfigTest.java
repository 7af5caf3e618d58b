package app.richcontact.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.richcontact.domain.Channel;
import app.richcontact.domain.ChannelAlias;
import app.richcontact.domain.ChannelRules;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebConfigTest {

    private static WebConfig withFrameAncestors(List<String> origins) {
        return WebConfig.builder(8080, ChannelRules.DEFAULT).frameAncestors(origins).build();
    }

    @Test
    void the_defaults_frame_for_crisp_and_offer_the_common_channels_then_the_alias_targets() {
        ChannelRules rules = new ChannelRules(ChannelRules.DEFAULT_DENIED,
                List.of(ChannelAlias.parse("urn:aircall.io:*=aircall"), ChannelAlias.parse("urn:acme.io:*=acme")));

        WebConfig config = WebConfig.builder(8080, rules).build();

        assertEquals(List.of("https://app.crisp.chat"), config.page().frameAncestors());
        assertEquals(Channel.COMMON.size() + 1, config.page().offeredChannels().size());
        assertEquals(new Channel("acme"), config.page().offeredChannels().get(Channel.COMMON.size()));
        assertFalse(config.hooksEnabled());
    }

    @Test
    void a_frame_ancestor_that_is_not_a_plain_origin_is_refused_so_it_cannot_bend_the_csp() {
        for (String origin : List.of("https://app.crisp.chat; script-src *", "*", "'self'", "https://app.crisp.chat/path",
                "ftp://app.crisp.chat", "HTTPS://APP.CRISP.CHAT", "")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> withFrameAncestors(List.of(origin)), origin);
            assertTrue(refused.getMessage().startsWith("frameAncestors"), refused.getMessage());
        }
        assertEquals(2, withFrameAncestors(List.of("https://app.crisp.chat", "https://*.crisp.example:8443"))
                .page().frameAncestors().size());
    }

    @Test
    void each_invalid_setting_is_named_in_its_message() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> WebConfig.builder(70_000, ChannelRules.DEFAULT).build());
        IllegalArgumentException tolerance = assertThrows(IllegalArgumentException.class,
                () -> WebConfig.builder(0, ChannelRules.DEFAULT).hookTolerance(Duration.ZERO).build());
        IllegalArgumentException body = assertThrows(IllegalArgumentException.class,
                () -> WebConfig.builder(0, ChannelRules.DEFAULT).maxBodyBytes(10).build());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> new RateLimit(0, Duration.ofMinutes(1)));

        assertTrue(port.getMessage().startsWith("port"));
        assertTrue(tolerance.getMessage().startsWith("hookTolerance"));
        assertTrue(body.getMessage().startsWith("maxBodyBytes"));
        assertTrue(rate.getMessage().startsWith("requests"));
    }

    @Test
    void the_hook_secret_never_prints_itself() {
        HookSecret secret = HookSecret.of("very-secret-value");
        WebConfig config = WebConfig.builder(0, ChannelRules.DEFAULT).hookSecret(secret).build();

        assertFalse(secret.toString().contains("very-secret-value"));
        assertFalse(config.toString().contains("very-secret-value"));
        assertThrows(IllegalArgumentException.class, () -> HookSecret.of(" "));
    }
}
