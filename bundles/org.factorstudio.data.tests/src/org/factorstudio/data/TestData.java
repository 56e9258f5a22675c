package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.FileByteSource;
import org.factorstudio.data.internal.Limits;

/** Where test data lives, and assertions shared by the import tests. */
public final class TestData {

    private TestData() {
    }

    /**
     * The shared example data: system property {@code factorstudio.shared}, else {@code ../shared} next to
     * system property {@code factorstudio.repo}, else {@code /work/shared}.
     */
    public static Path shared() {
        String shared = System.getProperty("factorstudio.shared");
        if (shared != null) {
            return Path.of(shared);
        }
        String repo = System.getProperty("factorstudio.repo");
        if (repo != null) {
            return Path.of(repo).toAbsolutePath().resolve("../shared").normalize();
        }
        return Path.of("/work/shared");
    }

    /** A file of the municipal-automation example: the repository's copy if there is one, else the shared one. */
    public static Path municipal(String file) {
        String repo = System.getProperty("factorstudio.repo");
        if (repo != null) {
            Path copy = Path.of(repo).toAbsolutePath().resolve("examples/municipal-automation").resolve(file);
            if (Files.exists(copy)) {
                return copy;
            }
        }
        return shared().resolve("data/municipal-automation").resolve(file);
    }

    /**
     * A committed fixture: system property {@code factorstudio.data.fixtures}, else {@code fixtures/} in
     * the working directory (Tycho runs tests in the test bundle), else the test bundle under
     * {@code factorstudio.repo} or the working directory, else the development checkout.
     */
    public static Path fixture(String name) {
        List<Path> candidates = new ArrayList<>();
        String dir = System.getProperty("factorstudio.data.fixtures");
        if (dir != null) {
            candidates.add(Path.of(dir));
        }
        candidates.add(Path.of("fixtures"));
        String repo = System.getProperty("factorstudio.repo");
        if (repo != null) {
            candidates.add(Path.of(repo, "bundles", "org.factorstudio.data.tests", "fixtures"));
        }
        candidates.add(Path.of("bundles", "org.factorstudio.data.tests", "fixtures"));
        candidates.add(Path.of("/work/main/bundles/org.factorstudio.data.tests/fixtures"));
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve(name))) {
                return c.resolve(name);
            }
        }
        throw new IllegalStateException("fixture " + name + " not found in " + candidates);
    }

    /** Items {@code prefix01..prefixNN} (two digits) on min..max. */
    public static List<ItemSpec> items(String prefix, int count, int min, int max, String format) {
        List<ItemSpec> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(ItemSpec.of(prefix + String.format(Locale.ROOT, format, i), min, max));
        }
        return out;
    }

    /** q1, q2, q3 on 1..5: the items of the small fixtures. */
    public static List<ItemSpec> q123() {
        return items("q", 3, 1, 5, "%d");
    }

    public static CsvImporter importer(boolean fastPath) {
        return new CsvImporter(FileByteSource::new, Limits.DEFAULT, 2, fastPath);
    }

    /** Asserts a failed result with exactly one error, of this code, whose message has all the parts. */
    public static ImportProblem assertSingleError(ImportResult result, String code, String... parts) {
        assertFalse(result.succeeded(), () -> "expected a failure, got " + result.problems());
        List<ImportProblem> errors = result.errors();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        ImportProblem e = errors.get(0);
        assertEquals(code, e.code(), () -> "code of " + e);
        assertMessageHas(e, parts);
        return e;
    }

    public static void assertMessageHas(ImportProblem problem, String... parts) {
        for (String part : parts) {
            assertTrue(problem.message().contains(part), () -> "message lacks '" + part + "': " + problem.message());
        }
    }

    public static String problems(ImportResult r) {
        return r.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /** Content hash and modification time of a file, to prove an import left it alone. */
    public record Snapshot(String sha256, FileTime modified, long size) {

        public static Snapshot of(Path file) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (var in = Files.newInputStream(file)) {
                    byte[] buf = new byte[1 << 16];
                    for (int n; (n = in.read(buf)) > 0;) {
                        md.update(buf, 0, n);
                    }
                }
                return new Snapshot(HexFormat.of().formatHex(md.digest()), Files.getLastModifiedTime(file),
                        Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
