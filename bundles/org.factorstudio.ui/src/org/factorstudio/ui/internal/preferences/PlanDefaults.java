package org.factorstudio.ui.internal.preferences;

/**
 * The analysis plan a new study starts with, as the words of the study language
 * ({@code method spearman}, {@code tails one}, ...).
 */
public record PlanDefaults(String method, String tails, String missing, String significance, String correction,
		String compatibility) {

	public static final PlanDefaults STANDARD = new PlanDefaults("spearman", "two", "pairwise", "0.05", "holm", "spss");
}
