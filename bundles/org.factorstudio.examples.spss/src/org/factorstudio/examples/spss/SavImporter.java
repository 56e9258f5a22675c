package org.factorstudio.examples.spss;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblem;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportReport;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.ItemSpec;
import org.factorstudio.data.spi.DatasetImporter;
import org.factorstudio.data.spi.TabularBinding;

import com.bedatadriven.spss.SpssDataFileReader;
import com.bedatadriven.spss.SpssVariable;

/**
 * Imports SPSS Statistics {@code .sav} files (as SPSS, PSPP and R's haven write them) through BeDataDriven's
 * spss-reader 1.3 (Apache-2.0, Maven Central {@code com.bedatadriven.spss:spss-reader}).
 *
 * <p>The cases go through {@link TabularBinding}, the CSV importer's binding, with the variables as the header
 * (line 1) and case k as line k + 1, so a .sav gives exactly the dataset, exclusions, cell problems and report
 * that the same data as CSV would (a CSV export of the file has the same line numbers). What the .sav adds:
 * <ul>
 * <li><b>User-missing values</b> the file declares (SPSS MISSING VALUES) are missing. Integer codes of study
 * items join the item's user-missing codes, so they are counted as user-missing exactly as codes the study
 * declares; ranges, fractional codes and the codes of other columns are read as empty cells.</li>
 * <li><b>Value labels</b> are compared with the study's scale: a labelled code outside the scale that is not
 * missing (a 7-point labelling of a 1..5 item), and a user-missing code inside the scale (it turns valid answers
 * into missing ones), are reported as warnings naming the column.</li>
 * </ul>
 * System-missing values are empty cells. Numbers are passed on in plain decimal notation.
 *
 * <p>Never throws: a file that is not a .sav, a truncated file, an unreadable one, cancellation and library
 * failures all come back as one problem that names the file, the case where there is one, and what was expected.
 */
public final class SavImporter implements DatasetImporter {

	/** Format id, also the file extension. */
	public static final String ID = "sav";

	private static final byte[] SIGNATURE = "$FL2".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] COMPRESSED_SIGNATURE = "$FL3".getBytes(StandardCharsets.US_ASCII);
	private static final int CHECK_EVERY = 256;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> fileExtensions() {
		return Set.of(ID);
	}

	@Override
	public ImportResult read(ImportSpec spec, ImportMonitor monitor) {
		ImportMonitor m = monitor == null ? ImportMonitor.NONE : monitor;
		Path file = spec.file();
		String name = String.valueOf(file.getFileName());
		try {
			return readChecked(spec, m);
		} catch (SavFailure f) {
			return failure(spec, f.problem);
		} catch (NoSuchFileException e) {
			return failure(spec, ImportProblem.error(ImportProblemCodes.FILE_NOT_FOUND, name + " disappeared before it"
					+ " could be read (" + file.toAbsolutePath() + "). Expected the file to stay in place during the"
					+ " import.", file));
		} catch (AccessDeniedException e) {
			return failure(spec, ImportProblem.error(ImportProblemCodes.READ_FAILED, name + " cannot be opened: access"
					+ " denied (" + file.toAbsolutePath() + "). Expected a file you may read.", file));
		} catch (IOException e) {
			return failure(spec, ImportProblem.error(ImportProblemCodes.READ_FAILED, "Reading " + name + " failed: "
					+ e.getMessage() + ". Expected the file to stay readable during the import.", file));
		} catch (OutOfMemoryError e) {
			return failure(spec, ImportProblem.error(ImportProblemCodes.TOO_LARGE, name + " does not fit in the memory"
					+ " available to FactorStudio. Expected a smaller file, or start FactorStudio with more memory"
					+ " (-Xmx).", file));
		} catch (RuntimeException | LinkageError e) {
			return failure(spec, ImportProblem.error(ImportProblemCodes.INTERNAL_ERROR, "Importing " + name
					+ " failed because of an internal error (" + e + "). This is a bug in the SPSS importer or its"
					+ " library; please report it with the file if you can.", file));
		}
	}

	private ImportResult readChecked(ImportSpec spec, ImportMonitor monitor) throws IOException, SavFailure {
		Path file = spec.file();
		String name = String.valueOf(file.getFileName());
		checkFile(file, name);
		long cases;
		SpssDataFileReader reader;
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		try {
			try {
				reader = new SpssDataFileReader(in);
			} catch (EOFException e) {
				throw new SavFailure(ImportProblem.error(SavProblemCodes.TRUNCATED, name + " ends inside its dictionary"
						+ " (the variable definitions before the cases): the file is truncated. Expected a complete"
						+ " .sav file; save or copy it again.", file));
			} catch (IOException e) {
				throw new SavFailure(ImportProblem.error(SavProblemCodes.DAMAGED, name + " cannot be read as an SPSS"
						+ " .sav file: " + e.getMessage() + ". Expected a file saved by SPSS Statistics, PSPP or R"
						+ " haven.", file));
			}
			cases = reader.getNumCases();
			List<SpssVariable> variables = reader.getVariables().stream()
					.filter(v -> !v.isVeryLongStringSegment()).toList();
			Map<String, ItemSpec> items = new HashMap<>();
			for (ItemSpec item : spec.items()) {
				items.putIfAbsent(item.column(), item);
			}
			// names and labels are read with the library's decoding, which gets them right, before taking it over
			List<String> header = variables.stream().map(v -> v.getVariableName().trim()).toList();
			List<ImportProblem> notes = new ArrayList<>(LabelCheck.check(name, file, variables, items));
			Charset encoding = CaseStrings.takeOverDecoding(reader);
			ImportSpec withFileMissing = withDeclaredMissingCodes(spec, variables, items);
			Set<String> codesMerged = new LinkedHashSet<>();
			for (SpssVariable v : variables) {
				if (items.containsKey(v.getVariableName().trim()) && v.isNumeric()) {
					codesMerged.add(v.getVariableName().trim());
				}
			}

			TabularBinding binding = TabularBinding.begin(withFileMissing, ID);
			if (binding.header(header, 1)) {
				long read = 0;
				boolean stopped = false;
				List<String> cells = new ArrayList<>(variables.size());
				while (true) {
					if (read % CHECK_EVERY == 0) {
						if (monitor.isCanceled()) {
							throw new SavFailure(ImportProblem.error(ImportProblemCodes.CANCELLED, "The import of " + name
									+ " was cancelled at case " + read + ".", file));
						}
						monitor.worked(read, Math.max(read, cases));
					}
					boolean more;
					try {
						more = reader.readNextCase();
					} catch (EOFException e) {
						throw truncated(name, file, read, cases);
					}
					if (!more) {
						break;
					}
					read++;
					cells.clear();
					for (SpssVariable v : variables) {
						cells.add(cell(reader, v, codesMerged.contains(v.getVariableName().trim()), encoding));
					}
					if (!binding.row(cells, read + 1)) {
						// a fatal problem (the invalid-value policy says stop); the binding's result says which
						stopped = true;
						break;
					}
				}
				if (!stopped && cases >= 0 && read < cases) {
					throw truncated(name, file, read, cases);
				}
				monitor.worked(read, Math.max(read, cases));
			}
			ImportResult bound = binding.finish();
			List<ImportProblem> problems = new ArrayList<>(notes);
			problems.addAll(bound.problems());
			return new ImportResult(bound.dataset(), bound.report(), problems);
		} finally {
			in.close();
		}
	}

	private static SavFailure truncated(String name, Path file, long read, long cases) {
		String expected = cases >= 0 ? " Expected " + cases + " cases, as its header says;" : " Expected a complete file;";
		return new SavFailure(ImportProblem.error(SavProblemCodes.TRUNCATED, name + " ends after case " + read
				+ (cases >= 0 ? " of " + cases : "") + ": the file is truncated." + expected
				+ " save or copy it again.", file, read + 2));
	}

	/** The cell as the CSV of the same data would have it: empty for system- and file-declared missing values. */
	private static String cell(SpssDataFileReader reader, SpssVariable variable, boolean codesMerged,
			Charset encoding) {
		int index = variable.getIndex();
		if (!variable.isNumeric()) {
			String text = variable.isVeryLongString() ? reader.getVeryLongStringValue(index)
					: reader.getStringValue(index);
			text = CaseStrings.decode(text, encoding);
			return text == null || MissingValues.isMissing(variable, text.trim()) ? "" : text.trim();
		}
		if (reader.isSystemMissing(index)) {
			return "";
		}
		double value = reader.getDoubleValue(index);
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		if (MissingValues.isMissing(variable, value)
				&& !(codesMerged && MissingValues.integerCodes(variable).contains(value))) {
			return "";
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** The specification with each item's integer user-missing codes from the file added to its own. */
	private static ImportSpec withDeclaredMissingCodes(ImportSpec spec, List<SpssVariable> variables,
			Map<String, ItemSpec> items) {
		Map<String, SpssVariable> byName = new HashMap<>();
		for (SpssVariable v : variables) {
			if (v.isNumeric()) {
				byName.putIfAbsent(v.getVariableName().trim(), v);
			}
		}
		List<ItemSpec> merged = new ArrayList<>();
		for (ItemSpec item : spec.items()) {
			SpssVariable v = byName.get(item.column());
			if (v == null || MissingValues.integerCodes(v).isEmpty()) {
				merged.add(item);
				continue;
			}
			Set<Integer> codes = new LinkedHashSet<>(item.missingCodes());
			MissingValues.integerCodes(v).forEach(c -> codes.add((int) Math.round(c)));
			merged.add(new ItemSpec(item.name(), item.column(), item.min(), item.max(), codes));
		}
		return spec.withItems(merged);
	}

	private static void checkFile(Path file, String name) throws IOException, SavFailure {
		if (!Files.exists(file)) {
			throw new SavFailure(ImportProblem.error(ImportProblemCodes.FILE_NOT_FOUND, name + " does not exist ("
					+ file.toAbsolutePath() + "). Expected an existing .sav file; was it moved or renamed?", file));
		}
		if (!Files.isRegularFile(file)) {
			throw new SavFailure(ImportProblem.error(ImportProblemCodes.NOT_A_FILE, name + " is not a regular file ("
					+ file.toAbsolutePath() + "). Expected an SPSS .sav file.", file));
		}
		byte[] start = new byte[4];
		int got;
		try (InputStream in = Files.newInputStream(file)) {
			got = in.readNBytes(start, 0, 4);
		}
		if (got == 4 && java.util.Arrays.equals(start, COMPRESSED_SIGNATURE)) {
			throw new SavFailure(ImportProblem.error(SavProblemCodes.NOT_SAV, name + " is a ZLIB-compressed SPSS file"
					+ " (.zsav), which this importer cannot read. Expected an uncompressed or standard-compressed"
					+ " .sav: in SPSS, File > Save As without \"Compressed (ZSAV)\".", file));
		}
		if (got < 4 || !java.util.Arrays.equals(start, SIGNATURE)) {
			String begins = got == 0 ? "is empty" : "begins with \"" + printable(start, got) + "\"";
			throw new SavFailure(ImportProblem.error(SavProblemCodes.NOT_SAV, name + " is not an SPSS Statistics .sav"
					+ " file: it " + begins + " instead of the signature \"$FL2\". Expected a data file saved by SPSS"
					+ " (File > Save As > SPSS Statistics), PSPP or R haven; a CSV export needs the .csv extension.",
					file));
		}
	}

	private static String printable(byte[] bytes, int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int b = bytes[i] & 0xff;
			text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02X", b));
		}
		return text.toString();
	}

	private static ImportResult failure(ImportSpec spec, ImportProblem problem) {
		return ImportResult.failure(ImportReport.notRead(spec.file(), ID), List.of(problem));
	}

	/** A failure that ends the import with one problem. */
	private static final class SavFailure extends Exception {
		private static final long serialVersionUID = 1L;
		final transient ImportProblem problem;

		SavFailure(ImportProblem problem) {
			super(problem.message(), null, false, false);
			this.problem = problem;
		}
	}

	/**
	 * spss-reader 1.3 decodes a string cell in 8-byte pieces, each on its own, so a UTF-8 character that straddles
	 * two pieces ("gjennomf|ørt") is lost. It is given ISO-8859-1, which maps every byte to one char, after it has
	 * read the dictionary (whose labels it decodes whole, correctly); the cells are then re-encoded to their bytes
	 * and decoded with the file's own encoding here. Without access to the library's stream (another version),
	 * its own decoding is kept.
	 */
	static final class CaseStrings {

		private CaseStrings() {
		}

		/** The file's encoding if the decoding was taken over, else null. */
		static Charset takeOverDecoding(SpssDataFileReader reader) {
			try {
				Field streamField = SpssDataFileReader.class.getDeclaredField("inputStream");
				streamField.setAccessible(true);
				Object stream = streamField.get(reader);
				Field charsetField = stream.getClass().getDeclaredField("charset");
				charsetField.setAccessible(true);
				Charset declared = (Charset) charsetField.get(stream);
				Method setEncoding = stream.getClass().getDeclaredMethod("setEncoding", String.class);
				setEncoding.setAccessible(true);
				setEncoding.invoke(stream, StandardCharsets.ISO_8859_1.name());
				return declared;
			} catch (ReflectiveOperationException | RuntimeException e) {
				return null;
			}
		}

		static String decode(String text, Charset encoding) {
			if (text == null || encoding == null) {
				return text;
			}
			return new String(text.getBytes(StandardCharsets.ISO_8859_1), encoding);
		}
	}

	/** User-missing values as the file declares them (SPSS MISSING VALUES: up to three codes, or a range). */
	static final class MissingValues {

		private MissingValues() {
		}

		static boolean isMissing(SpssVariable variable, double value) {
			if (variable.getMissing() != null && variable.getMissing().contains(value)) {
				return true;
			}
			return variable.isHasMissingRange() && value >= variable.getMissingMin() && value <= variable.getMissingMax();
		}

		static boolean isMissing(SpssVariable variable, String value) {
			return variable.getMissingStrings() != null && variable.getMissingStrings().stream()
					.anyMatch(s -> s != null && s.trim().equals(value));
		}

		/** The discrete codes that are whole numbers (those can join a study item's codes). */
		static Set<Double> integerCodes(SpssVariable variable) {
			Set<Double> codes = new LinkedHashSet<>();
			if (variable.getMissing() != null) {
				for (Double code : variable.getMissing()) {
					if (code != null && code == Math.rint(code) && Math.abs(code) < Integer.MAX_VALUE) {
						codes.add(code);
					}
				}
			}
			return codes;
		}

		static Optional<String> describe(SpssVariable variable) {
			List<String> parts = new ArrayList<>();
			if (variable.getMissing() != null) {
				variable.getMissing().forEach(c -> parts.add(LabelCheck.code(c)));
			}
			if (variable.isHasMissingRange()) {
				parts.add(LabelCheck.code(variable.getMissingMin()) + " thru " + LabelCheck.code(variable.getMissingMax()));
			}
			return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
		}
	}
}
