package app.richcontact.bootstrap;

import app.richcontact.adapters.crisprest.CrispRestGateway;
import app.richcontact.adapters.crisprest.RequestStatistics;
import app.richcontact.adapters.web.MetricSource;
import app.richcontact.adapters.web.MetricWriter;
import java.util.Map;

/** The REST gateway's statistics as metrics: requests by route and status, quota used today. */
final class CrispRequestMetrics implements MetricSource {

    private final CrispRestGateway gateway;

    CrispRequestMetrics(CrispRestGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void writeTo(MetricWriter writer) {
        RequestStatistics statistics = gateway.statistics();
        statistics.requests().forEach((routeStatus, count) -> {
            String[] methodAndPath = routeStatus.route().split(" ", 2);
            writer.counter("richcontact_crisp_requests_total", "Requests sent to Crisp's REST API, by route and status.",
                    Map.of("method", methodAndPath[0], "route", methodAndPath[1], "status", routeStatus.status()), count);
        });
        writer.gauge("richcontact_crisp_quota_used_today", "Crisp requests counted against today's budget (UTC day).",
                statistics.quotaUsedToday());
        writer.gauge("richcontact_crisp_daily_quota", "The daily budget of Crisp requests.", statistics.dailyQuota());
        writer.gauge("richcontact_crisp_paused_for_quota", "1 while requests are paused after a 429/420 from Crisp.",
                statistics.pausedForQuota() ? 1 : 0);
    }
}
