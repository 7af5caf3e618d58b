package app.richcontact.adapters.crisprtm.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;

/** The decoding rules of {@link SocketIoPacket}, kept off its public face. */
final class SocketIoFrames {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SocketIoFrames() {
    }

    static SocketIoPacket decode(String frame) {
        if (frame == null || frame.isEmpty()) {
            return new SocketIoPacket.Malformed();
        }
        try {
            return switch (frame.charAt(0)) {
                case '0' -> open(frame);
                case '1' -> new SocketIoPacket.Close();
                case '2' -> new SocketIoPacket.Ping();
                case '3', '5', '6' -> new SocketIoPacket.Other();
                case '4' -> message(frame);
                default -> new SocketIoPacket.Malformed();
            };
        } catch (IOException | RuntimeException unreadable) {
            return new SocketIoPacket.Malformed();
        }
    }

    private static SocketIoPacket open(String frame) throws IOException {
        JsonNode handshake = MAPPER.readTree(frame.substring(1));
        JsonNode interval = handshake.get("pingInterval");
        JsonNode timeout = handshake.get("pingTimeout");
        if (interval == null || !interval.canConvertToLong() || timeout == null || !timeout.canConvertToLong()) {
            return new SocketIoPacket.Malformed();
        }
        return new SocketIoPacket.Open(Duration.ofMillis(interval.asLong()), Duration.ofMillis(timeout.asLong()));
    }

    /** Engine.IO message {@code 4} holding a Socket.IO packet: type, then (for the default namespace) data. */
    private static SocketIoPacket message(String frame) throws IOException {
        if (frame.length() < 2) {
            return new SocketIoPacket.Malformed();
        }
        if (frame.length() > 2 && frame.charAt(2) == '/') {
            return new SocketIoPacket.Other();
        }
        return switch (frame.charAt(1)) {
            case '0' -> new SocketIoPacket.Connected();
            case '1' -> new SocketIoPacket.Disconnected();
            case '2' -> event(frame);
            case '4' -> new SocketIoPacket.ConnectError(errorMessage(frame));
            case '3', '5', '6' -> new SocketIoPacket.Other();
            default -> new SocketIoPacket.Malformed();
        };
    }

    private static String errorMessage(String frame) throws IOException {
        if (frame.length() <= 2) {
            return "refused";
        }
        JsonNode error = MAPPER.readTree(frame.substring(2));
        JsonNode message = error.isObject() ? error.get("message") : error;
        return message != null && message.isTextual() ? message.textValue() : "refused";
    }

    /** {@code 42[<id>]["name", payload, ...]}: the name and the first argument; later ones are ignored. */
    private static SocketIoPacket event(String frame) throws IOException {
        int start = 2;
        while (start < frame.length() && Character.isDigit(frame.charAt(start))) {
            start++;
        }
        try (JsonParser parser = MAPPER.getFactory().createParser(frame.substring(start))) {
            if (parser.nextToken() != JsonToken.START_ARRAY || parser.nextToken() != JsonToken.VALUE_STRING) {
                return new SocketIoPacket.Malformed();
            }
            String name = parser.getText();
            JsonToken next = parser.nextToken();
            if (next == null) {
                return new SocketIoPacket.Malformed();
            }
            JsonNode payload = next == JsonToken.END_ARRAY ? null : MAPPER.readTree(parser);
            return new SocketIoPacket.Event(name, payload);
        }
    }
}
