package app.richcontact.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class CrmPageTest {

    @Test
    void the_page_lists_profiles_per_website_with_segments_and_recent_conversations_escaped() throws Exception {
        try (CrispSandbox sandbox = CrispSandbox.start(SandboxOptions.builder().set(SandboxSwitch.EVENT_SPACING, Duration.ZERO).build())) {
            InstalledWebsite website = sandbox.scenario().installWebsite("Acme <Shop>");
            sandbox.scenario().preloadProfile(website.websiteId(),
                    NewProfile.of("ana@example.com", "Ana <script>", "+351912345678", "whatsapp", "vip"));
            sandbox.scenario().startConversation(website.websiteId(),
                    Visitor.from("urn:crisp.im:telegram:0").withNickname("Bruno"));

            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(sandbox.pageUrl()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            String html = page.body();
            assertTrue(html.contains("Acme &lt;Shop&gt;"));
            assertTrue(html.contains("ana@example.com"));
            assertTrue(html.contains("whatsapp, vip"));
            assertTrue(html.contains("Ana &lt;script&gt;"));
            assertFalse(html.contains("<script>"));
            assertTrue(html.contains("urn:crisp.im:telegram:0"));
            assertTrue(html.contains("Bruno"));
            assertFalse(html.contains("http://") || html.contains("https://"), "no external assets");
        }
    }
}
