/**
 * Survey data import: an {@link org.factorstudio.data.ImportSpec} says which file to read and how its
 * columns bind to the study's items; an importer turns it into an {@link org.factorstudio.data.ImportResult}
 * holding an immutable, column-oriented {@link org.factorstudio.data.Dataset}, an
 * {@link org.factorstudio.data.ImportReport} and the problems found, as values.
 */
package org.factorstudio.data;
