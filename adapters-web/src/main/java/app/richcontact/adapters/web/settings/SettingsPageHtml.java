package app.richcontact.adapters.web.settings;

import app.richcontact.domain.Channel;
import java.util.List;
import java.util.Map;

/**
 * The settings page's HTML: the static page with the offered channels' check boxes filled in,
 * and the error page shown instead when a request is refused. Everything put into the HTML is
 * escaped, though it only ever comes from our configuration and fixed messages.
 */
final class SettingsPageHtml {

    private static final String CHANNELS_SLOT = "<!--OFFERED_CHANNELS-->";
    /** How Crisp and the channels themselves spell the common ones. */
    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            "whatsapp", "WhatsApp", "aircall", "Aircall", "instagram", "Instagram",
            "messenger", "Messenger", "telegram", "Telegram", "line", "LINE", "viber", "Viber", "sms", "SMS");

    private final String page;
    private final String errorPage;

    SettingsPageHtml(List<Channel> offeredChannels) {
        this.page = PageResources.text(PageResources.PAGE).replace(CHANNELS_SLOT, checkBoxes(offeredChannels));
        this.errorPage = PageResources.text(PageResources.ERROR_PAGE);
    }

    String page() {
        return page;
    }

    String error(String title, String message) {
        return errorPage.replace("{{TITLE}}", escape(title)).replace("{{MESSAGE}}", escape(message));
    }

    static String displayName(Channel channel) {
        String name = channel.name();
        return DISPLAY_NAMES.getOrDefault(name, Character.toUpperCase(name.charAt(0)) + name.substring(1));
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
