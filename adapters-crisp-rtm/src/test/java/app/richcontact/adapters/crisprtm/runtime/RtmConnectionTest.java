package app.richcontact.adapters.crisprtm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Where a connection goes: the Engine.IO URL made from the URL Crisp announces. */
class RtmConnectionTest {

    @Test
    void the_announced_url_gives_a_websocket_url_with_its_path_as_socket_io_path() {
        assertEquals(URI.create("wss://plugin.relay.crisp.chat/?EIO=4&transport=websocket"),
                RtmConnection.engineIoUri(URI.create("https://plugin.relay.crisp.chat/")));
        assertEquals(URI.create("wss://plugin.relay.crisp.chat/?EIO=4&transport=websocket"),
                RtmConnection.engineIoUri(URI.create("https://plugin.relay.crisp.chat")));
        assertEquals(URI.create("ws://127.0.0.1:8080/rtm/?EIO=4&transport=websocket"),
                RtmConnection.engineIoUri(URI.create("http://127.0.0.1:8080/rtm")));
        assertEquals(URI.create("wss://relay.example/socket/?region=eu&EIO=4&transport=websocket"),
                RtmConnection.engineIoUri(URI.create("wss://relay.example/socket/?region=eu")));
    }
}
