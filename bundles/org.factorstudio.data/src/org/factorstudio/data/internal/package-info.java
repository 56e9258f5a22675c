/**
 * The CSV and XLSX importers and the binding machinery behind them. Not API.
 *
 * <p>Flow: {@link org.factorstudio.data.internal.CsvImporter} checks the file, lets
 * {@link org.factorstudio.data.internal.Sniffer} decide encoding, delimiter and header from the first
 * megabyte, binds the header with {@link org.factorstudio.data.internal.HeaderBinder}, then reads the
 * rows either with {@link org.factorstudio.data.internal.FastCsvScanner} (plain ASCII, unquoted, integer
 * data: bytes straight into the columns, in parallel) or with
 * {@link org.factorstudio.data.internal.CsvTableReader} (fastcsv, any CSV) into a
 * {@link org.factorstudio.data.internal.RecordBinder}; {@link org.factorstudio.data.internal.ResultAssembler}
 * makes the result. Both reading paths produce identical results (FastPathParityTest).
 *
 * <p>{@link org.factorstudio.data.internal.XlsxImporter} streams a sheet with fastexcel-reader into a
 * {@link org.factorstudio.data.internal.TableBinder}, which drives the same {@code RecordBinder} and
 * {@code ResultAssembler}; only the wording of places differs ({@link org.factorstudio.data.internal.Locator}:
 * "line 12" in a text file, "sheet 'Svar', row 12, column q4 (F)" in a workbook). Importers of further
 * tabular formats do the same through {@link org.factorstudio.data.spi.TabularBinding}, so that binding,
 * validation and the report stay the same for every format.
 */
package org.factorstudio.data.internal;
