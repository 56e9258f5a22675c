package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.factorstudio.data.internal.CsvImporter;
import org.factorstudio.data.internal.XlsxImporter;
import org.factorstudio.extensions.Contribution;
import org.factorstudio.extensions.ContributionProblem;
import org.junit.jupiter.api.Test;

/**
 * The {@code org.factorstudio.data.importers} extension point, read from the running OSGi framework's
 * extension registry (the tests run inside Equinox): the built-in importers arrive through it.
 */
class ImporterRegistryTest {

    @Test
    void theBuiltInImportersAreContributedThroughTheExtensionPoint() {
        assertTrue(RegistryFactory.getRegistry() != null, "the tests run with an extension registry");
        List<ContributionProblem> problems = new ArrayList<>();
        ImporterRegistry registry = ImporterRegistry.fromPlatform(problems::add);
        assertTrue(registry.isRunning());

        List<String> ids = registry.contributions().stream().map(Contribution::id).toList();
        assertTrue(ids.containsAll(List.of("csv", "xlsx")), ids::toString);
        assertTrue(registry.contributions().stream().filter(c -> ids.contains(c.id()))
                .allMatch(c -> c.pluginId().equals("org.factorstudio.data")));
        assertEquals("Excel workbook", registry.contributions().stream().filter(c -> c.id().equals("xlsx"))
                .findFirst().orElseThrow().name());

        Importers importers = registry.importers();
        assertInstanceOf(CsvImporter.class, importers.byId("csv").orElseThrow());
        assertInstanceOf(XlsxImporter.class, importers.byId("xlsx").orElseThrow());
        assertEquals("xlsx", importers.forSpec(ImportSpec.of(Path.of("Export.XLSX"), List.of())).orElseThrow().id());
        assertEquals("csv", importers.forSpec(ImportSpec.of(Path.of("export.csv"), List.of())).orElseThrow().id());
        assertEquals(List.of(), problems);
        assertEquals(List.of(), registry.problems());
    }

    @Test
    void withoutARegistryTheBuiltInsAreUsed() {
        ImporterRegistry registry = ImporterRegistry.from(null, null);
        assertFalse(registry.isRunning());
        assertEquals(List.of(), registry.contributions());
        assertEquals(List.of("csv", "xlsx"), registry.importerList().stream().map(i -> i.id()).toList());
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
        ImportResult r = ImporterRegistry.fromPlatform().importers()
                .read(ImportSpec.of(Path.of("answers.sav"), List.of()), ImportMonitor.NONE);
        TestData.assertSingleError(r, ImportProblemCodes.NO_IMPORTER, "answers.sav",
                "the file extension of answers.sav", "csv (.csv, .tab, .tsv, .txt); xlsx (.xlsm, .xlsx)");
        ImportResult declared = Importers.builtIn()
                .read(ImportSpec.of(Path.of("answers.dat"), List.of()).withFormat("spss"), ImportMonitor.NONE);
        TestData.assertSingleError(declared, ImportProblemCodes.NO_IMPORTER, "the declared format 'spss'",
                "csv (.csv, .tab, .tsv, .txt); xlsx (.xlsm, .xlsx)");
    }
}
