package app.richcontact.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the run writes outside logback's file, kept for the privacy canary: every
 * {@code java.util.logging} record that passes production levels (socket.io-client and OkHttp
 * log that way), and everything printed to standard output and error. Installed once, by the
 * first fixture; logback's own output is read back from its file.
 */
final class CapturedOutput {

    private static final ByteArrayOutputStream STREAMS = new ByteArrayOutputStream();
    private static final StringBuilder JUL = new StringBuilder();
    private static boolean installed;

    private CapturedOutput() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        System.setOut(tee(System.out));
        System.setErr(tee(System.err));
        // Records are made only at the loggers' own levels, which are left as production has them.
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder()
                        .append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ');
                String message = record.getMessage();
                Object[] parameters = record.getParameters();
                if (message != null && parameters != null && parameters.length > 0) {
                    message = java.text.MessageFormat.format(message, parameters);
                }
                line.append(message);
                for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                    line.append(" | ").append(thrown);
                }
                synchronized (JUL) {
                    JUL.append(line).append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(handler);
    }

    /** What another process printed (the command line tests run the real {@code Main}). */
    static void recordProcessOutput(String text) {
        synchronized (STREAMS) {
            STREAMS.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The {@code java.util.logging} records so far, one per line. */
    static String julRecords() {
        synchronized (JUL) {
            return JUL.toString();
        }
    }

    /** Standard output and error so far, and what the processes the tests ran printed. */
    static String standardStreams() {
        synchronized (STREAMS) {
            return STREAMS.toString(StandardCharsets.UTF_8);
        }
    }

    /** The file logback writes (logback-test.xml). */
    static Path logbackFile() {
        return Path.of(System.getProperty("richcontact.testLog", "target/test-logs/bootstrap.log"));
    }

    static String logbackLines() throws IOException {
        return Files.readString(logbackFile(), StandardCharsets.UTF_8);
    }

    private static PrintStream tee(PrintStream original) {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (STREAMS) {
                    STREAMS.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                synchronized (STREAMS) {
                    STREAMS.write(bytes, offset, length);
                }
            }

            @Override
            public void flush() {
                original.flush();
            }
        };
        return new PrintStream(both, true, StandardCharsets.UTF_8);
    }
}
