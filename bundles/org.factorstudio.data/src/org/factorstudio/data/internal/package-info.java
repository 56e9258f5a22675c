/**
 * The CSV importer and the binding machinery behind it. Not API.
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
 * <p>Extension seam for XLSX and other tabular formats: implement
 * {@link org.factorstudio.data.spi.DatasetImporter}, read header and rows with the format's library, and
 * feed them to a {@link org.factorstudio.data.internal.RecordSink} ({@code RecordBinder}) followed by
 * {@code ResultAssembler}, so that binding, validation and the report stay the same for every format.
 */
package org.factorstudio.data.internal;
