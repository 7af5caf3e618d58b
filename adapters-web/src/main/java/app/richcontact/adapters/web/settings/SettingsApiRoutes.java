package app.richcontact.adapters.web.settings;

import app.richcontact.adapters.web.http.BodyTooLargeException;
import app.richcontact.adapters.web.http.BodyTooSlowException;
import app.richcontact.adapters.web.http.JsonAnswers;
import app.richcontact.adapters.web.http.RequestBody;
import app.richcontact.adapters.web.operations.WebCounters;
import app.richcontact.application.port.in.ReadActivityUseCase;
import app.richcontact.application.port.in.ReadSettingsUseCase;
import app.richcontact.application.port.in.SaveSettingsUseCase;
import app.richcontact.application.port.in.WebsiteNotInstalledException;
import app.richcontact.application.port.in.UseCaseFailure;
import app.richcontact.domain.FieldError;
import app.richcontact.domain.InvalidSettingsException;
import app.richcontact.domain.SettingsDocument;
import app.richcontact.domain.WebsiteId;
import app.richcontact.domain.WebsiteSettings;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API behind the settings page: {@code GET} and {@code PUT} a website's settings as
 * the settings document, and {@code GET} its activity, authenticated by the website's token in
 * {@code Authorization: Bearer} and limited by the same rates.
 * Answers carry a code and a message for people (in English), never an exception's text; invalid
 * fields also come keyed ({@code field_errors}), so that the page says why in its own language.
 */
public final class SettingsApiRoutes {

    public static final String PATH = "/api/websites/{website_id}/settings";
    public static final String ACTIVITY_PATH = "/api/websites/{website_id}/activity";

    private static final Logger LOG = LoggerFactory.getLogger(SettingsApiRoutes.class);
    private static final String BEARER = "Bearer ";

    private final SettingsGate gate;
    private final ReadSettingsUseCase readSettings;
    private final SaveSettingsUseCase saveSettings;
    private final ReadActivityUseCase readActivity;
    private final int maxBodyBytes;
    private final WebCounters counters;
    private final MessageBundles.Bundle english;

    SettingsApiRoutes(SettingsGate gate, ReadSettingsUseCase readSettings, SaveSettingsUseCase saveSettings,
                      ReadActivityUseCase readActivity, int maxBodyBytes, WebCounters counters,
                      MessageBundles.Bundle english) {
        this.gate = gate;
        this.readSettings = readSettings;
        this.saveSettings = saveSettings;
        this.readActivity = readActivity;
        this.maxBodyBytes = maxBodyBytes;
        this.counters = counters;
        this.english = english;
    }

    public void read(Context ctx) {
        counted(ctx, "api_read", () -> {
            WebsiteId website = admitted(ctx);
            if (website != null) {
                answerSettings(ctx, readSettings.read(website));
            }
        });
    }

    /** Read-only: what Rich Contact did for the website, from memory (no Crisp request). */
    public void activity(Context ctx) {
        counted(ctx, "api_activity", () -> {
            WebsiteId website = admitted(ctx);
            if (website != null) {
                JsonAnswers.send(ctx, 200, ActivityJson.of(readActivity.activity(website)));
            }
        });
    }

    public void save(Context ctx) {
        counted(ctx, "api_save", () -> {
            WebsiteId website = admitted(ctx);
            if (website == null) {
                return;
            }
            Map<String, Object> document;
            try {
                JsonNode body = JsonAnswers.parse(RequestBody.read(ctx, maxBodyBytes));
                if (!body.isObject()) {
                    JsonAnswers.error(ctx, 400, "invalid_json", "The settings must be a JSON object.");
                    return;
                }
                document = JsonAnswers.toMap(body);
            } catch (BodyTooLargeException tooLarge) {
                JsonAnswers.error(ctx, 413, "too_large", refusal("too_large"));
                return;
            } catch (BodyTooSlowException tooSlow) {
                JsonAnswers.error(ctx, 408, "too_slow", "The request body did not arrive in time.");
                return;
            } catch (IOException unreadable) {
                // The parser's message may quote the body: it is neither logged nor answered.
                JsonAnswers.error(ctx, 400, "invalid_json", "The settings are not valid JSON.");
                return;
            }
            try {
                answerSettings(ctx, saveSettings.save(website, SettingsDocument.read(document)));
            } catch (InvalidSettingsException invalid) {
                Map<String, String> fields = new LinkedHashMap<>();
                Map<String, Map<String, Object>> keyed = new LinkedHashMap<>();
                for (FieldError error : invalid.errors()) {
                    fields.putIfAbsent(error.field(), error.message());
                    keyed.putIfAbsent(error.field(), FieldErrorKeys.of(error).asJson());
                }
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("error", "invalid_settings");
                answer.put("message", "Some settings are not valid.");
                answer.put("fields", fields);
                answer.put("field_errors", keyed);
                JsonAnswers.send(ctx, 400, answer);
            }
        });
    }

    /** The website when the request passed the gate; otherwise the refusal is answered and null returned. */
    private WebsiteId admitted(Context ctx) {
        SettingsGate.Verdict verdict = gate.check(ctx, ctx.pathParam("website_id"), bearerToken(ctx));
        if (verdict instanceof SettingsGate.Granted granted) {
            return granted.website();
        }
        SettingsGate.Denied denied = (SettingsGate.Denied) verdict;
        if (denied.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (denied.retryAfter() != null) {
            JsonAnswers.retryAfter(ctx, denied.retryAfter());
        }
        JsonAnswers.error(ctx, denied.status(), denied.code(), refusal(denied.code()));
        return null;
    }

    private static String bearerToken(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** The English words for a refusal code; the page shows its own, translated, by the code. */
    private String refusal(String code) {
        return english.messages().getOrDefault("refused." + code, english.text("refused.internal"));
    }

    private static void answerSettings(Context ctx, WebsiteSettings settings) {
        JsonAnswers.send(ctx, 200, SettingsDocument.write(settings));
    }

    /** Runs one route's steps, translating the in-ports' failures, and counts the answer. */
    private void counted(Context ctx, String route, Runnable step) {
        try {
            step.run();
        } catch (WebsiteNotInstalledException uninstalledMeanwhile) {
            JsonAnswers.error(ctx, 404, "unknown_website", refusal("unknown_website"));
        } catch (UseCaseFailure crispFailed) {
            JsonAnswers.retryAfter(ctx, crispFailed.retryAfter().orElse(Duration.ofSeconds(30)));
            JsonAnswers.error(ctx, 503, "crisp_unavailable", refusal("crisp_unavailable"));
        } catch (RuntimeException unexpected) {
            LOG.warn("settings API {} failed with {} at {}", route, unexpected.getClass().getName(),
                    firstFrame(unexpected));
            JsonAnswers.error(ctx, 500, "internal", refusal("internal"));
        } finally {
            counters.settingsRequest(route, ctx.statusCode());
        }
    }

    static String firstFrame(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length == 0 ? "unknown" : frames[0].toString();
    }
}
