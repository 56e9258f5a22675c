package org.factorstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview of a CSV file: the import's detection of encoding and delimiter, FastCSV's parsing. */
class CsvPreviewTest {

	@TempDir
	Path dir;

	@Test
	void theHeaderAndFirstRowsWithTheDetectedDelimiterAndEncoding() throws IOException {
		Path file = dir.resolve("eksport.csv");
		// Windows-1252 with semicolons, as an older survey platform writes it
		Files.write(file, "respondent_id;status;q1\n1;Gjennomført;4\n2;\"Delvis; gjennomført\";5\n3;Distribuert;\n"
				.getBytes(Charset.forName("windows-1252")));
		CsvPreview preview = CsvPreview.read(file, 2);
		assertEquals(';', preview.delimiter());
		assertEquals(Charset.forName("windows-1252"), preview.charset());
		assertEquals(List.of("respondent_id", "status", "q1"), preview.header());
		assertEquals(List.of(List.of("1", "Gjennomført", "4"), List.of("2", "Delvis; gjennomført", "5")),
				preview.rows());
	}

	@Test
	void aRecordIsFoundByTheLineItStartsOnAsTheImportReportNumbersThem() throws IOException {
		Path file = dir.resolve("quoted.csv");
		Files.writeString(file, "\uFEFFid,comment,q1\n1,\"two\nlines\",3\n2,plain,55\n", StandardCharsets.UTF_8);
		// the second data record starts on line 4 because the first spans lines 2 and 3
		assertEquals(Optional.of(List.of("2", "plain", "55")),
				CsvPreview.recordAt(file, StandardCharsets.UTF_8, ',', 4));
		assertEquals(Optional.of(List.of("id", "comment", "q1")), CsvPreview.recordAt(file, StandardCharsets.UTF_8, ',', 1),
				"the byte-order mark is not part of the first column name");
		assertEquals(Optional.empty(), CsvPreview.recordAt(file, StandardCharsets.UTF_8, ',', 3),
				"no record starts inside a quoted cell");
	}

	@Test
	void anUnreadableFileGivesTheImportsMessage() throws IOException {
		Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
		IOException e = assertThrows(IOException.class, () -> CsvPreview.read(empty, 10));
		assertTrue(e.getMessage().contains("empty.csv is empty"), e.getMessage());
	}
}
