package app.richcontact.adapters.web.settings;

import app.richcontact.application.port.in.WebsiteActivity;
import app.richcontact.application.port.in.WebsiteActivity.Counts;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A website's activity as the API's JSON (documented in the module's README): counts, times in UTC ISO 8601, flags. */
final class ActivityJson {

    private ActivityJson() {
    }

    static Map<String, Object> of(WebsiteActivity activity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", activity.since().toString());
        json.put("now", activity.now().toString());
        json.put("restarts_with_process", true);
        json.put("total", counts(activity.total()));
        Map<String, Object> today = counts(activity.today());
        today.put("day", activity.now().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        json.put("today", today);
        json.put("last_created", activity.lastCreated().map(Object::toString).orElse(null));
        List<Map<String, Object>> hours = new ArrayList<>();
        for (int i = 0; i < WebsiteActivity.HOURS; i++) {
            Map<String, Object> hour = new LinkedHashMap<>();
            hour.put("hour", activity.hourStarts().get(i).toString());
            hour.put("created", activity.createdPerHour().get(i));
            hours.add(hour);
        }
        json.put("created_per_hour", hours);
        Map<String, Object> listening = new LinkedHashMap<>();
        listening.put("realtime", activity.listening().realtime());
        listening.put("web_hooks", activity.listening().webHooks());
        listening.put("paused_for_quota", activity.listening().pausedForQuota());
        json.put("listening", listening);
        return json;
    }

    private static Map<String, Object> counts(Counts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("created", counts.created());
        json.put("skipped", counts.skipped());
        json.put("failed", counts.failed());
        Map<String, Object> channels = new LinkedHashMap<>();
        counts.byChannel().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("created", entry.getValue().created());
            channel.put("skipped", entry.getValue().skipped());
            channel.put("failed", entry.getValue().failed());
            channels.put(entry.getKey(), channel);
        });
        json.put("by_channel", channels);
        json.put("skip_reasons", sorted(counts.skipReasons()));
        json.put("failure_causes", sorted(counts.failureCauses()));
        return json;
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
