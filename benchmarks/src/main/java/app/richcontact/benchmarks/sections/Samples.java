package app.richcontact.benchmarks.sections;

import app.richcontact.benchmarks.harness.ConversationLoad;
import app.richcontact.benchmarks.harness.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Raw latency samples as CSV in bench-logs, to see when the slow ones happened. */
final class Samples {

    private Samples() {
    }

    static void write(String name, List<ConversationLoad.Started> started, Map<String, Long> createdAt, long window) {
        StringBuilder csv = new StringBuilder("conversation_created_ms,profile_created_ms,beyond_window_ms\n");
        for (ConversationLoad.Started one : started) {
            Long at = createdAt.get(one.key());
            csv.append(one.createdAtMillis()).append(',').append(at == null ? "" : at).append(',')
                    .append(at == null ? "" : Long.toString(at - one.createdAtMillis() - window)).append('\n');
        }
        try {
            Files.writeString(Report.LOGS.resolve(name + ".csv"), csv);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
