package app.richcontact.adapters.web.settings;

import app.richcontact.adapters.web.settings.MessageBundles.Bundle;
import app.richcontact.domain.Channel;
import app.richcontact.domain.SettingsDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings page's HTML in each language: the static page with its {@code {{key}}} words taken
 * from that language's bundle and the offered channels' check boxes filled in (the script fetches
 * the same bundle for its own messages), and the error page shown instead when a request is refused.
 * Everything put into the HTML is escaped, though it only comes from our configuration and bundles.
 */
final class SettingsPageHtml {

    private static final String CHANNELS_SLOT = "<!--OFFERED_CHANNELS-->";
    private static final String CARE_SLOT = "<!--CARE_TOGGLES-->";
    /** The contact care settings, one check box each, with its words under {@code <name>.label} and {@code <name>.help}. */
    private static final List<String> CARE = List.of(SettingsDocument.ATTACH_CONVERSATION,
            SettingsDocument.PHONELESS_SENDERS, SettingsDocument.UPGRADE_ON_LATE_EMAIL,
            SettingsDocument.UNSUBSCRIBE_PLACEHOLDERS, SettingsDocument.PROFILE_EVENT);
    /** How Crisp and the channels themselves spell the common ones. */
    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "whatsapp", "WhatsApp", "aircall", "Aircall", "instagram", "Instagram",
            "messenger", "Messenger", "telegram", "Telegram", "line", "LINE", "viber", "Viber", "sms", "SMS");

    private static final Pattern WORD = Pattern.compile("\\{\\{([a-z0-9_.]+)}}");

    private final Map<String, String> pages = new HashMap<>();
    private final Map<String, String> errorPages = new HashMap<>();

    SettingsPageHtml(List<Channel> offeredChannels, MessageBundles bundles) {
        String page = PageResources.text(PageResources.PAGE).replace(CHANNELS_SLOT, checkBoxes(offeredChannels))
                .replace(CARE_SLOT, careToggles());
        String errorPage = PageResources.text(PageResources.ERROR_PAGE);
        for (Bundle bundle : bundles.all()) {
            pages.put(bundle.language(), words(page, bundle));
            errorPages.put(bundle.language(), words(errorPage, bundle));
        }
    }

    String page(Bundle bundle) {
        return pages.get(bundle.language());
    }

    /** The error page in the bundle's language for a refusal's status and code. */
    String error(Bundle bundle, int status, String code) {
        String title = bundle.messages().getOrDefault("refused.title." + status, bundle.text("refused.title.500"));
        String message = bundle.messages().getOrDefault("refused." + code, bundle.text("refused.internal"));
        return errorPages.get(bundle.language()).replace("{{TITLE}}", escape(title)).replace("{{MESSAGE}}", escape(message));
    }

    /** Fills each {@code {{key}}} with the bundle's words; {@code {{lang}}} is the language itself. */
    private static String words(String html, Bundle bundle) {
        Matcher matcher = WORD.matcher(html);
        StringBuilder filled = new StringBuilder(html.length());
        while (matcher.find()) {
            String key = matcher.group(1);
            String text = key.equals("lang") ? bundle.language() : bundle.text(key);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escape(text)));
        }
        return matcher.appendTail(filled).toString();
    }


    static String displayName(Channel channel) {
        String name = channel.name();
        return DISPLAY_NAMES.getOrDefault(name, Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private static String careToggles() {
        StringBuilder html = new StringBuilder();
        for (String name : CARE) {
            html.append("""
                              <div class="field">
                                <label class="check" for="%1$s">
                                  <input type="checkbox" id="%1$s" name="%1$s" aria-describedby="%1$s-help %1$s-error">
                                  <span>{{%1$s.label}}</span>
                                </label>
                                <p id="%1$s-help" class="help">{{%1$s.help}}</p>
                                <p id="%1$s-error" class="field-error" hidden></p>
                              </div>
                    """.formatted(name));
        }
        return html.toString();
    }

    private static String checkBoxes(List<Channel> channels) {
        StringBuilder html = new StringBuilder();
        for (Channel channel : channels) {
            String id = "channel-" + channel.name();
            html.append("            <label class=\"check\" for=\"").append(escape(id)).append("\">")
                    .append("<input type=\"checkbox\" id=\"").append(escape(id)).append("\" name=\"channels\" value=\"")
                    .append(escape(channel.name())).append("\"><span>").append(escape(displayName(channel)))
                    .append("</span></label>\n");
        }
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
