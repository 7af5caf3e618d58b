package app.richcontact.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * What each messaging channel tells of its senders: among the test website's latest
 * conversations from an integration ({@code urn:} origin), how many carry a phone, per channel.
 * Counts only: no sender's data is printed. One request.
 */
final class ChannelSendersCheck implements Check {

    /** Crisp's largest page of conversations. */
    private static final String PAGE_SIZE = "50";

    @Override
    public String unknown() {
        return "what a channel tells of its sender";
    }

    @Override
    public Finding run(ProbeContext context) {
        Answer answer = context.api().get("website/" + context.websiteId() + "/conversations/1",
                Map.of("per_page", PAGE_SIZE));
        if (!answer.succeeded()) {
            return Finding.unsettled(unknown(), "the conversations list was answered " + answer.describe());
        }
        Map<String, int[]> byChannel = new TreeMap<>();
        for (JsonNode conversation : answer.data()) {
            JsonNode meta = conversation.path("meta");
            String channel = channel(meta.path("origin").asText(""));
            if (channel != null) {
                int[] counts = byChannel.computeIfAbsent(channel, ignored -> new int[2]);
                counts[0]++;
                if (!meta.path("phone").asText("").isBlank()) {
                    counts[1]++;
                }
            }
        }
        if (byChannel.isEmpty()) {
            return Finding.unsettled(unknown(), "no conversation from a messaging channel among the latest "
                    + PAGE_SIZE + " of the test website");
        }
        StringBuilder text = new StringBuilder();
        byChannel.forEach((channel, counts) -> text.append(text.length() == 0 ? "" : "; ").append(channel).append(' ')
                .append(counts[1]).append(" of ").append(counts[0]).append(" with a phone"));
        return Finding.settled(unknown(), text + " (senders without one get a contact keyed on their session, unless phoneless_senders is off)");
    }

    /** {@code urn:crisp.im:whatsapp:0} → {@code whatsapp}; null for an origin that is not an integration. */
    private static String channel(String origin) {
        String[] parts = origin.split(":");
        return parts.length >= 3 && parts[0].equals("urn") && !parts[2].isBlank() ? parts[2] : null;
    }
}
