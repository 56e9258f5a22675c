/**
 * What import plugins implement: {@link org.factorstudio.data.spi.DatasetImporter}.
 */
package org.factorstudio.data.spi;
