package app.richcontact.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChannelRulesTest {

    private static Optional<Channel> channelOf(ChannelRules rules, String origin) {
        return rules.channelOf(new Origin(origin));
    }

    @Test
    void every_integration_urn_is_a_channel_named_by_its_integration() {
        assertEquals(Optional.of(new Channel("whatsapp")), channelOf(ChannelRules.DEFAULT, "urn:crisp.im:whatsapp:0"));
        assertEquals(Optional.of(new Channel("instagram")), channelOf(ChannelRules.DEFAULT, "urn:crisp.im:Instagram:0"));
    }

    @Test
    void chat_and_email_are_not_channels() {
        assertEquals(Optional.empty(), ChannelRules.DEFAULT.channelOf(Origin.CHAT));
        assertEquals(Optional.empty(), ChannelRules.DEFAULT.channelOf(Origin.EMAIL));
    }

    @Test
    void contact_forms_bots_and_slack_are_denied_by_default() {
        assertEquals(Optional.empty(), channelOf(ChannelRules.DEFAULT, "urn:crisp.im:contact-form:0"));
        assertEquals(Optional.empty(), channelOf(ChannelRules.DEFAULT, "urn:crisp.im:bot:1"));
        assertEquals(Optional.empty(), channelOf(ChannelRules.DEFAULT, "urn:slack.com:slack:0"));
    }

    @Test
    void integration_names_become_valid_domain_labels() {
        assertEquals(Optional.of(new Channel("google-business")),
                channelOf(ChannelRules.DEFAULT, "urn:crisp.im:google_business:0"));
        assertEquals(Optional.of(new Channel("line-me")), channelOf(ChannelRules.DEFAULT, "urn:crisp.im:line.me:0"));
    }

    @Test
    void an_alias_names_the_channel_of_the_urns_it_matches_before_the_deny_list_is_consulted() {
        ChannelRules rules = new ChannelRules(ChannelRules.DEFAULT_DENIED, List.of(
                ChannelAlias.parse("urn:aircall.io:*=aircall"),
                ChannelAlias.parse("urn:*:bot:7=robots")));
        assertEquals(Optional.of(new Channel("aircall")), channelOf(rules, "urn:aircall.io:phone:1"));
        assertEquals(Optional.of(new Channel("robots")), channelOf(rules, "urn:crisp.im:bot:7"));
        assertEquals(Optional.empty(), channelOf(rules, "urn:crisp.im:bot:1"));
    }

    @Test
    void a_resolution_says_whether_an_alias_the_integration_or_the_deny_list_decided() {
        ChannelRules rules = new ChannelRules(ChannelRules.DEFAULT_DENIED, List.of(ChannelAlias.parse("urn:aircall.io:*=aircall")));
        assertEquals(new ChannelResolution(new Channel("aircall"), ChannelResolution.Source.ALIAS),
                rules.resolve(new Origin("urn:aircall.io:phone:1")));
        assertEquals(new ChannelResolution(new Channel("whatsapp"), ChannelResolution.Source.INTEGRATION),
                rules.resolve(new Origin("urn:crisp.im:whatsapp:0")));
        assertEquals(new ChannelResolution(null, ChannelResolution.Source.DENIED),
                rules.resolve(new Origin("urn:crisp.im:bot:0")));
        assertEquals(new ChannelResolution(null, ChannelResolution.Source.NOT_AN_INTEGRATION), rules.resolve(Origin.CHAT));
    }

    @Test
    void a_custom_deny_list_replaces_the_default() {
        ChannelRules rules = new ChannelRules(List.of(new UrnPattern("urn:crisp.im:telegram:*")), List.of());
        assertEquals(Optional.empty(), channelOf(rules, "urn:crisp.im:telegram:0"));
        assertEquals(Optional.of(new Channel("slack")), channelOf(rules, "urn:slack.com:slack:0"));
    }

    @Test
    void the_offered_channels_are_the_common_ones_then_the_alias_targets() {
        ChannelRules rules = new ChannelRules(List.of(), List.of(
                ChannelAlias.parse("urn:aircall.io:*=aircall"), ChannelAlias.parse("urn:wechat.com:*=wechat")));
        List<Channel> offered = rules.offeredChannels();
        assertEquals(Channel.COMMON, offered.subList(0, Channel.COMMON.size()));
        assertEquals(List.of(new Channel("wechat")), offered.subList(Channel.COMMON.size(), offered.size()));
    }

    @Test
    void a_bare_name_pattern_stands_for_that_integration_in_any_namespace_and_version() {
        UrnPattern pattern = new UrnPattern("Slack");
        assertEquals("urn:*:slack:*", pattern.glob());
        assertTrue(pattern.matches(new Origin("urn:any.where:slack:42")));
    }

    @Test
    void malformed_aliases_and_patterns_are_rejected_with_what_is_wrong() {
        assertEquals("channel alias", assertThrows(InvalidValueException.class, () -> ChannelAlias.parse("urn:x:*")).field());
        assertEquals("channel alias", assertThrows(InvalidValueException.class, () -> ChannelAlias.parse("a=b=c")).field());
        assertEquals("channel", assertThrows(InvalidValueException.class, () -> ChannelAlias.parse("urn:x:*=Air Call")).field());
        assertEquals("urn pattern", assertThrows(InvalidValueException.class, () -> ChannelAlias.parse("=aircall")).field());
        assertEquals("urn pattern", assertThrows(InvalidValueException.class, () -> new UrnPattern("http://x:y")).field());
        assertEquals("urn pattern", assertThrows(InvalidValueException.class, () -> new UrnPattern("tel:*:x")).field());
    }

    @Test
    void a_channel_name_is_a_short_lower_case_dns_label() {
        assertEquals("whatsapp", new Channel(" WhatsApp ").name());
        for (String bad : new String[] {"", "-sms", "sms-", "s_m_s", "sms.io", "x".repeat(33), "wh@tsapp"}) {
            assertEquals("channel", assertThrows(InvalidValueException.class, () -> new Channel(bad)).field(), bad);
        }
    }
}
