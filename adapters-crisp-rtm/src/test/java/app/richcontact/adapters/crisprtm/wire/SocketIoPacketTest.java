package app.richcontact.adapters.crisprtm.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Socket.IO v4 / Engine.IO v4 text frames, as a plugin on the default namespace reads and writes them. */
class SocketIoPacketTest {

    @Test
    void the_handshake_gives_the_heartbeat_timing() {
        assertEquals(new SocketIoPacket.Open(Duration.ofMillis(25_000), Duration.ofMillis(20_000)), SocketIoPacket.decode(
                "0{\"sid\":\"lv_VI97HAXpY6yYWAAAC\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,"
                        + "\"maxPayload\":1000000}"));
        assertInstanceOf(SocketIoPacket.Malformed.class, SocketIoPacket.decode("0{\"sid\":\"x\"}"));
    }

    @Test
    void engine_io_control_packets_and_namespace_answers_are_told_apart() {
        assertInstanceOf(SocketIoPacket.Ping.class, SocketIoPacket.decode("2"));
        assertInstanceOf(SocketIoPacket.Close.class, SocketIoPacket.decode("1"));
        assertInstanceOf(SocketIoPacket.Other.class, SocketIoPacket.decode("6"));
        assertInstanceOf(SocketIoPacket.Connected.class, SocketIoPacket.decode("40{\"sid\":\"wZX3oN0bSVIhsaknAAAI\"}"));
        assertInstanceOf(SocketIoPacket.Disconnected.class, SocketIoPacket.decode("41"));
        assertEquals(new SocketIoPacket.ConnectError("Not authorized"), SocketIoPacket.decode("44{\"message\":\"Not authorized\"}"));
        assertEquals(new SocketIoPacket.ConnectError("refused"), SocketIoPacket.decode("44"));
        assertInstanceOf(SocketIoPacket.Other.class, SocketIoPacket.decode("42/admin,[\"x\",{}]"));
        assertInstanceOf(SocketIoPacket.Other.class, SocketIoPacket.decode("431[]"));
    }

    @Test
    void an_event_gives_its_name_and_first_argument_with_or_without_an_ack_id() {
        var event = assertInstanceOf(SocketIoPacket.Event.class,
                SocketIoPacket.decode("42[\"message:send\",{\"website_id\":\"w\"},\"second\"]"));
        assertEquals("message:send", event.name());
        assertEquals("w", event.payload().get("website_id").textValue());
        var acked = assertInstanceOf(SocketIoPacket.Event.class, SocketIoPacket.decode("4217[\"authenticated\",true]"));
        assertEquals("authenticated", acked.name());
        assertEquals(true, acked.payload().booleanValue());
        assertNull(assertInstanceOf(SocketIoPacket.Event.class, SocketIoPacket.decode("42[\"bare\"]")).payload());
    }

    @Test
    void what_cannot_be_read_is_malformed_and_never_throws() {
        for (String frame : List.of("", "9", "4", "42", "42{}", "42[1,2]", "42[\"unterminated\",{", "42[\"x\"", "0not json",
                "4x")) {
            assertInstanceOf(SocketIoPacket.Malformed.class, SocketIoPacket.decode(frame), frame);
        }
        assertInstanceOf(SocketIoPacket.Malformed.class, SocketIoPacket.decode(null));
    }

    @Test
    void what_the_plugin_sends_is_written_as_socket_io_frames() {
        assertEquals("3", SocketIoPacket.PONG);
        assertEquals("40", SocketIoPacket.CONNECT);
        assertEquals("41", SocketIoPacket.DISCONNECT);
        assertEquals("42[\"socket:bind\",{}]", SocketIoPacket.event("socket:bind", Map.of()));
        var back = assertInstanceOf(SocketIoPacket.Event.class,
                SocketIoPacket.decode(SocketIoPacket.event("authentication", Map.of("events", List.of("message:send")))));
        assertEquals("message:send", back.payload().get("events").get(0).textValue());
    }
}
