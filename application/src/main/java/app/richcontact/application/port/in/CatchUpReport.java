package app.richcontact.application.port.in;

/**
 * What a catch-up did: websites scanned out of those to scan, conversations listed, captures
 * opened; {@code complete} is false when quota or an error stopped it early.
 */
public record CatchUpReport(int websitesScanned, int websitesToScan, int conversationsListed,
                            int capturesOpened, boolean complete) {
}
