package app.richcontact.adapters.crisprtm.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * One text frame of Socket.IO v4 over Engine.IO v4 on a WebSocket (one packet per frame), as far
 * as a plugin listening on the default namespace needs it: decoded from what the server sends,
 * encoded for what the plugin sends. No acknowledgements, no binary packets. Never throws on
 * input; never logs.
 */
public sealed interface SocketIoPacket {

    /** Engine.IO {@code 0}: the handshake, with the server's heartbeat timing. */
    record Open(Duration pingInterval, Duration pingTimeout) implements SocketIoPacket {
    }

    /** Engine.IO {@code 2}: the server's heartbeat, to be answered with {@link #PONG}. */
    record Ping() implements SocketIoPacket {
    }

    /** Engine.IO {@code 1}: the server closes the transport. */
    record Close() implements SocketIoPacket {
    }

    /** Socket.IO {@code 40}: the default namespace is joined. */
    record Connected() implements SocketIoPacket {
    }

    /** Socket.IO {@code 44}: the server refused to join the namespace. */
    record ConnectError(String message) implements SocketIoPacket {
    }

    /** Socket.IO {@code 41}: the server ended the session on purpose. */
    record Disconnected() implements SocketIoPacket {
    }

    /** Socket.IO {@code 42}: an event, with its first argument ({@code null} when it had none). */
    record Event(String name, JsonNode payload) implements SocketIoPacket {
    }

    /** Anything else that is well formed: noop, pong, acknowledgement, binary, another namespace. */
    record Other() implements SocketIoPacket {
    }

    /** Not a packet this protocol can read. */
    record Malformed() implements SocketIoPacket {
    }

    /** Engine.IO's answer to a {@link Ping}. */
    String PONG = "3";
    /** Joins the default namespace; the server answers {@link Connected} or {@link ConnectError}. */
    String CONNECT = "40";
    /** Leaves the default namespace before the transport closes. */
    String DISCONNECT = "41";

    /** Reads one frame; what it cannot read is {@link Malformed}. */
    static SocketIoPacket decode(String frame) {
        return SocketIoFrames.decode(frame);
    }

    /** The frame that emits {@code name} with one argument, written as JSON. */
    static String event(String name, Object argument) {
        try {
            return "42" + SocketIoFrames.MAPPER.writeValueAsString(List.of(name, argument));
        } catch (JsonProcessingException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }
}
