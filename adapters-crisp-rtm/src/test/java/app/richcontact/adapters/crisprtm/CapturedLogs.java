package app.richcontact.adapters.crisprtm;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures, at every level, what the listener logs (message, arguments and exceptions
 * rendered), so that tests can assert on it and search it for data that must never appear.
 */
final class CapturedLogs implements AutoCloseable {

    private static final String ROOT = "app.richcontact.adapters.crisprtm";

    private final Logger logger = (Logger) LoggerFactory.getLogger(ROOT);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    CapturedLogs() {
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
    }

    /** Every captured line: level, logger, formatted message and any exception with its causes. */
    List<String> lines() {
        return List.copyOf(appender.list).stream().map(CapturedLogs::render).toList();
    }

    List<String> at(Level level) {
        return List.copyOf(appender.list).stream().filter(e -> e.getLevel() == level).map(CapturedLogs::render).toList();
    }

    /** The lines that contain {@code text}. */
    List<String> containing(String text) {
        return lines().stream().filter(line -> line.contains(text)).toList();
    }

    /** The warnings that contain {@code text}. */
    List<String> warningsContaining(String text) {
        return at(Level.WARN).stream().filter(line -> line.contains(text)).toList();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage());
        for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            line.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
        }
        return line.toString();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
