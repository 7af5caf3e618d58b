package archfixture.persistence.adapters.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Violates the no-persistence rule. */
public class SavesToDisk {
    public void save(String text) throws IOException {
        Files.writeString(Path.of("contacts.txt"), text);
    }
}
