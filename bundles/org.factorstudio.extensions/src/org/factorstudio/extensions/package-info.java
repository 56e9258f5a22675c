/**
 * Support shared by FactorStudio's extension points (importers, analyses, report formats): one registry type
 * that reads contributions lazily and reports a broken one without breaking the rest.
 */
package org.factorstudio.extensions;
