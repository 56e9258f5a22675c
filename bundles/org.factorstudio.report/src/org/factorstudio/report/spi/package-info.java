/** What plugins implement to add a report format: {@link org.factorstudio.report.spi.ReportFormat}. */
package org.factorstudio.report.spi;
