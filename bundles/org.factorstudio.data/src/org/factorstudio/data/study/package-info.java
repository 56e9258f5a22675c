/**
 * Binding a study (the EMF study model) to the importer: which columns hold which indicators, their scales
 * and user-missing codes, and the study's reading rules. Used by the engine and by the language's data checks.
 */
package org.factorstudio.data.study;
