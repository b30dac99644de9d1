package org.campuspilot.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stylesheet is shipped twice: {@code app.css}, the text developers edit, and {@code app.bss}, the same in
 * JavaFX's binary form, which JavaFX reads instead of parsing the text at every start (decision 0028). The binary is
 * checked in (the offline build has no plugin to make it); this test fails when it no longer matches the text, and
 * {@code -Dcampuspilot.updateStylesheet=true} rewrites it.
 */
class BinaryStylesheetTest {
    private static final Path TEXT = Path.of("src/main/resources/org/campuspilot/ui/app.css");
    private static final Path BINARY = Path.of("src/main/resources/org/campuspilot/ui/app.bss");

    @TempDir Path dir;

    @Test
    void binaryStylesheetIsTheTextConverted() throws Exception {
        Path converted = dir.resolve("app.bss");
        Stylesheet.convertToBinary(TEXT.toFile(), converted.toFile());
        if (Boolean.getBoolean("campuspilot.updateStylesheet")) {
            Files.copy(converted, BINARY, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertArrayEquals(Files.readAllBytes(converted), Files.readAllBytes(BINARY), "app.css changed without "
                + "app.bss: run mvn -o -q test -Dtest=BinaryStylesheetTest -Dcampuspilot.updateStylesheet=true");
    }

    @Test
    void binaryStylesheetHoldsEveryRuleOfTheText() throws Exception {
        Stylesheet text = new javafx.css.CssParser().parse(TEXT.toUri().toURL());
        Stylesheet binary = Stylesheet.loadBinary(BINARY.toUri().toURL());
        assertEquals(text.getRules().size(), binary.getRules().size());
        for (int i = 0; i < text.getRules().size(); i++) {
            javafx.css.Rule t = text.getRules().get(i);
            javafx.css.Rule b = binary.getRules().get(i);
            assertEquals(t.getSelectors().toString(), b.getSelectors().toString());
            assertEquals(t.getDeclarations().toString(), b.getDeclarations().toString(), t.getSelectors().toString());
        }
    }
}
