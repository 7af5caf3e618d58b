package app.richcontact.adapters.web;

import app.richcontact.application.port.in.CaptureConversationUseCase;
import app.richcontact.application.port.in.ReadActivityUseCase;
import app.richcontact.application.port.in.ReadCaptureGaugesUseCase;
import app.richcontact.application.port.in.ReadSettingsUseCase;
import app.richcontact.application.port.in.SaveSettingsUseCase;
import app.richcontact.application.port.in.TrackInstallationsUseCase;
import app.richcontact.application.port.in.VerifyWebsiteTokenUseCase;
import java.util.Objects;

/** The in-ports the web adapter calls. */
public record WebPorts(ReadSettingsUseCase readSettings, SaveSettingsUseCase saveSettings,
                       VerifyWebsiteTokenUseCase verifyWebsiteToken,
                       CaptureConversationUseCase captureConversation,
                       TrackInstallationsUseCase trackInstallations,
                       ReadCaptureGaugesUseCase readCaptureGauges,
                       ReadActivityUseCase readActivity) {

    public WebPorts {
        Objects.requireNonNull(readSettings, "readSettings");
        Objects.requireNonNull(saveSettings, "saveSettings");
        Objects.requireNonNull(verifyWebsiteToken, "verifyWebsiteToken");
        Objects.requireNonNull(captureConversation, "captureConversation");
        Objects.requireNonNull(trackInstallations, "trackInstallations");
        Objects.requireNonNull(readCaptureGauges, "readCaptureGauges");
        Objects.requireNonNull(readActivity, "readActivity");
    }
}
