package org.factorstudio.report.tables;

/**
 * The colours of correlation coefficients, the same in every heat map (HTML, LaTeX, Word and the IDE's view): white
 * at 0, towards a dark red at +1 and a dark blue at -1 (ColorBrewer's RdBu ends, readable in greyscale and by the
 * colour-blind). The darkest fills carry white text.
 */
public final class CorrelationColours {

	/** The colour of r = +1, "R,G,B". */
	public static final String POSITIVE = "178,24,43";
	/** The colour of r = -1, "R,G,B". */
	public static final String NEGATIVE = "33,102,172";

	private CorrelationColours() {
	}

	/** The colour of a coefficient as 0xRRGGBB: white at 0, the full colour at |r| = 1. */
	public static int rgb(double r) {
		String[] target = (r >= 0 ? POSITIVE : NEGATIVE).split(",");
		double t = Math.min(1, Math.abs(r));
		int packed = 0;
		for (int i = 0; i < 3; i++) {
			packed = (packed << 8) | (int) Math.round(255 + (Integer.parseInt(target[i]) - 255) * t);
		}
		return packed;
	}
}
