package archfixture.purity.domain;

import java.io.FileReader;
import java.io.IOException;

/** Violates purity: the domain does I/O. */
public class ReadsFiles {
    public int firstChar(String path) throws IOException {
        try (FileReader reader = new FileReader(path)) {
            return reader.read();
        }
    }
}
