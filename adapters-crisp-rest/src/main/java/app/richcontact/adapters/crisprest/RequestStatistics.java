package app.richcontact.adapters.crisprest;

import java.util.Map;

/**
 * What the gateway has spent: requests by route template and HTTP status ({@code "error"} when
 * no answer came), quota used today against the budget, and whether requests are paused after
 * a 429.
 */
public record RequestStatistics(Map<RouteStatus, Long> requests, long quotaUsedToday, long dailyQuota,
                                boolean pausedForQuota) {

    /** A route template such as {@code GET website/{website_id}/conversation/{session_id}} and a status. */
    public record RouteStatus(String route, String status) {
    }
}
