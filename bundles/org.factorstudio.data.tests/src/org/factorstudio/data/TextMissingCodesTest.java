package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Text missing codes ({@code missing "NA"}) as R and SPSS exports write them, on both CSV paths. */
class TextMissingCodesTest {

    private static final String CSV = "id,q1,q2,q3\n1,4,NA,3\n2, - ,2,NA\n3,5,4,3\n";

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void declaredTextsAreMissingAnswers(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("na.csv");
        Files.writeString(file, CSV);
        List<ItemSpec> items = TestData.q123().stream().map(i -> i.withMissingTexts("NA", "-")).toList();
        ImportResult result = BadInputTest.read(ImportSpec.of(file, items).withIdColumn("id"), fast);
        assertTrue(result.succeeded(), () -> TestData.problems(result));
        Dataset data = result.dataset().orElseThrow();
        assertEquals(3, data.rowCount());
        double[] q1 = data.column("q1");
        double[] q2 = data.column("q2");
        double[] q3 = data.column("q3");
        assertEquals(4.0, q1[0]);
        assertTrue(Double.isNaN(q2[0]), "NA is missing");
        assertTrue(Double.isNaN(q1[1]), "' - ' (blanks around the code) is missing");
        assertTrue(Double.isNaN(q3[1]));
        assertEquals(3.0, q3[2]);
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void undeclaredTextsStayProblems(boolean fast, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("na.csv");
        Files.writeString(file, CSV);
        List<ItemSpec> items = TestData.q123().stream().map(i -> i.withMissingTexts("NA")).toList();
        ImportResult result = BadInputTest.read(ImportSpec.of(file, items).withIdColumn("id"), fast);
        assertFalse(result.succeeded());
        List<ImportProblem> notNumeric = result.problems(ImportProblemCodes.NOT_NUMERIC);
        assertEquals(1, notNumeric.size(), () -> TestData.problems(result));
        TestData.assertMessageHas(notNumeric.get(0), "q1", "is not a number");
    }
}
