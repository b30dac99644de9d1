package org.campuspilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project holds every file its build, tests and benchmarks read: nothing under {@code src/}, {@code bench/},
 * {@code packaging/} or {@code pom.xml} names a path outside the project (a fresh clone has no sibling folder).
 * A relative path climbing with {@code ..} is resolved where it is read from: Java code and the POM from the project
 * folder (Maven's working directory), FXML, stylesheets and scripts from their own folder.
 */
class SelfContainedProjectTest {
    /** A path that starts by climbing to a parent folder, once or more, then names; not a part of a longer path. */
    private static final Pattern CLIMB = Pattern.compile("(?<![\\w./$}-])((?:\\.\\./)+)[\\w./-]*");
    /** Absolute paths of this workplace's machines, which a user's laptop does not have. */
    private static final String WORKPLACE = "/wo" + "rk/";
    private static final Pattern ABSOLUTE = Pattern.compile("[\"' =(](" + WORKPLACE + ")");

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    /** Each place in {@code text} that names a path outside {@code root}, read from {@code base}. */
    static List<String> outside(String text, Path base, Path root) {
        List<String> found = new ArrayList<>();
        Matcher m = CLIMB.matcher(text);
        while (m.find()) {
            Path target = base.resolve(m.group()).normalize();
            if (!target.startsWith(root)) {
                found.add(m.group());
            }
        }
        Matcher a = ABSOLUTE.matcher(text);
        while (a.find()) {
            found.add(a.group(1));
        }
        return found;
    }

    /** Maven's {@code ${project.basedir}/x} is the project folder's {@code x}. */
    private static String pom(String text) {
        return text.replace("${project.basedir}/", "");
    }

    @Test
    void theScanFindsAPathOutsideTheProject() {
        Path root = Path.of("/home/director/campus-pilot");
        String sibling = "Path.of(\"" + ".." + "/shared/data/annuaire-sample.csv\")";
        assertEquals(List.of(".." + "/shared/data/annuaire-sample.csv"), outside(sibling, root, root));
        String include = "<fx:include source=\"" + ".." + "/contact/OrganisationContacts.fxml\"/>";
        assertEquals(List.of(), outside(include, root.resolve("src/main/resources/org/campuspilot/company"), root));
        assertEquals(List.of(), outside("root=\"$(cd \"$here/" + ".." + "/" + ".." + "\" && pwd)\"",
                root.resolve("packaging/linux"), root));
        assertEquals(List.of(".." + "/shared"), outside(pom("<dir>${project.basedir}/" + ".." + "/shared</dir>"),
                root, root));
        assertEquals(List.of(WORKPLACE), outside("Path.of(\"" + WORKPLACE + "shared/data\")", root, root));
    }

    @Test
    void nothingInTheProjectNamesAPathOutsideIt() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("pom.xml"));
        for (String dir : List.of("src", "bench", "packaging")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        int scanned = 0;
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException binary) {
                continue;
            }
            if (text.indexOf('\0') >= 0) {
                continue;
            }
            scanned++;
            String name = file.getFileName().toString();
            boolean fromProjectFolder = name.endsWith(".java") || name.equals("pom.xml");
            Path base = fromProjectFolder ? ROOT : file.getParent();
            for (String path : outside(pom(text), base, ROOT)) {
                problems.add(ROOT.relativize(file) + " names " + path);
            }
        }
        assertTrue(scanned > 300, scanned + " files scanned");
        assertEquals(List.of(), problems, "copy what these read into the project (src/test/resources, with its "
                + "source and licence)");
    }
}
