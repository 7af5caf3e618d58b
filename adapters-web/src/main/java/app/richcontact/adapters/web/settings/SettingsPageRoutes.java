package app.richcontact.adapters.web.settings;

import app.richcontact.adapters.web.http.JsonAnswers;
import app.richcontact.adapters.web.operations.WebCounters;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /settings?website_id=…&token=…}, the URL registered in the Crisp Marketplace, and
 * the files it needs. The token is checked here too, so a bad link shows an error page instead
 * of a form that cannot load. Crisp's {@code locale} picks the language of the page (and of its
 * error page); any other parameter is ignored.
 */
final class SettingsPageRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsPageRoutes.class);
    private static final String HTML = "text/html; charset=utf-8";
    /** The files do not vary per website; a short cache spares the iframe a few requests. */
    private static final String ASSET_CACHE = "public, max-age=300";

    private final SettingsGate gate;
    private final SettingsPageHtml html;
    private final MessageBundles bundles;
    private final WebCounters counters;
    private final byte[] styles = PageResources.bytes(PageResources.STYLES);
    private final byte[] script = PageResources.bytes(PageResources.SCRIPT);
    private final byte[] schema = PageResources.bytes(PageResources.SCHEMA);

    SettingsPageRoutes(SettingsGate gate, SettingsPageHtml html, MessageBundles bundles, WebCounters counters) {
        this.gate = gate;
        this.html = html;
        this.bundles = bundles;
        this.counters = counters;
    }

    void page(Context ctx) {
        if (ctx.path().endsWith("/")) {
            withoutTrailingSlash(ctx);
            return;
        }
        MessageBundles.Bundle words = bundles.forLocale(ctx.queryParam("locale"));
        ctx.header("Content-Language", words.language());
        try {
            SettingsGate.Verdict verdict = gate.check(ctx, ctx.queryParam("website_id"), ctx.queryParam("token"));
            if (verdict instanceof SettingsGate.Granted) {
                ctx.status(200).contentType(HTML).result(html.page(words));
            } else {
                SettingsGate.Denied denied = (SettingsGate.Denied) verdict;
                if (denied.retryAfter() != null) {
                    JsonAnswers.retryAfter(ctx, denied.retryAfter());
                }
                errorPage(ctx, words, denied.status(), denied.code());
            }
        } catch (RuntimeException unexpected) {
            LOG.warn("settings page failed with {} at {}", unexpected.getClass().getName(),
                    SettingsApiRoutes.firstFrame(unexpected));
            errorPage(ctx, words, 500, "internal");
        } finally {
            counters.settingsRequest("page", ctx.statusCode());
        }
    }

    /**
     * {@code /settings/}: the page's relative asset links would resolve under it and miss, so
     * the browser is sent to {@code /settings} with the same query.
     */
    private static void withoutTrailingSlash(Context ctx) {
        String query = ctx.queryString();
        ctx.status(301).header("Location", SettingsRoutes.PAGE + (query == null || query.isEmpty() ? "" : "?" + query))
                .header("Cache-Control", "no-store");
    }

    void styles(Context ctx) {
        ctx.header("Cache-Control", ASSET_CACHE).contentType("text/css; charset=utf-8").result(styles);
    }

    void script(Context ctx) {
        ctx.header("Cache-Control", ASSET_CACHE).contentType("text/javascript; charset=utf-8").result(script);
    }

    /** {@code …/messages/{language}.json}: a language's completed bundle, for the script's own messages. */
    void messages(Context ctx) {
        String file = ctx.pathParam("file");
        String language = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : "";
        bundles.language(language).ifPresentOrElse(
                bundle -> ctx.header("Cache-Control", ASSET_CACHE).contentType("application/json; charset=utf-8")
                        .result(bundle.json()),
                () -> JsonAnswers.error(ctx, 404, "not_found", "There is nothing here."));
    }

    void schema(Context ctx) {
        ctx.header("Cache-Control", ASSET_CACHE).contentType("application/schema+json").result(schema);
    }

    private void errorPage(Context ctx, MessageBundles.Bundle words, int status, String code) {
        ctx.status(status).contentType(HTML).result(html.error(words, status, code));
    }
}
