/**
 * Reports of a run: the results model rendered as HTML (with SVG charts), Markdown, LaTeX, CSV and JSON;
 * the tables every tabular format shares ({@link org.factorstudio.report.ReportTables}); the registry of
 * contributed formats and the atomic writer.
 */
package org.factorstudio.report;
