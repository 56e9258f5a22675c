package org.factorstudio.analysis.stats;

import org.apache.commons.math3.special.Erf;

/**
 * Probabilities of the standard bivariate normal distribution with correlation {@code r}.
 *
 * <p><b>Algorithm.</b> Genz's BVND (TVPACK, 2004), the routine {@code mvtnorm::pmvnorm} uses in two
 * dimensions: for |r| &lt; 0.925 Drezner and Wesolowsky's (1990) integral over asin(r) by Gauss-Legendre
 * quadrature with 6, 12 or 20 points; for larger |r| Genz's transformation of the remaining integral
 * after the singular part is taken out in closed form. Accuracy about 1e-15 absolute.
 * References: A. Genz (2004), Numerical computation of rectangular bivariate and trivariate normal and t
 * probabilities, <i>Statistics and Computing</i> 14, 251-260; Z. Drezner and G. O. Wesolowsky (1990),
 * <i>J. Statist. Comput. Simul.</i> 35, 101-107.
 *
 * <p>Infinite limits are allowed; r must lie in [-1, 1] (|r| = 1 gives the degenerate limits). NaN in,
 * NaN out.
 */
public final class BivariateNormal {

	private static final double TWO_PI = 2 * Math.PI;

	// Gauss-Legendre nodes (positive half) and weights for 6, 12 and 20 points (Genz's tables).
	private static final double[][] W = {
			{ 0.1713244923791705, 0.3607615730481384, 0.4679139345726904 },
			{ 0.04717533638651177, 0.1069393259953183, 0.1600783285433464, 0.2031674267230659,
					0.2334925365383547, 0.2491470458134029 },
			{ 0.01761400713915212, 0.04060142980038694, 0.06267204833410906, 0.08327674157670475,
					0.1019301198172404, 0.1181945319615184, 0.1316886384491766, 0.1420961093183821,
					0.1491729864726037, 0.1527533871307259 } };
	private static final double[][] X = {
			{ 0.9324695142031522, 0.6612093864662647, 0.2386191860831970 },
			{ 0.9815606342467191, 0.9041172563704750, 0.7699026741943050, 0.5873179542866171,
					0.3678314989981802, 0.1252334085114692 },
			{ 0.9931285991850949, 0.9639719272779138, 0.9122344282513259, 0.8391169718222188,
					0.7463319064601508, 0.6360536807265150, 0.5108670019508271, 0.3737060887154196,
					0.2277858511416451, 0.07652652113349733 } };

	private BivariateNormal() {
	}

	/** P(X &le; x, Y &le; y) for standard normal X, Y with correlation r. */
	public static double cdf(double x, double y, double r) {
		return upper(-x, -y, r);
	}

	/** Standard normal distribution function. */
	public static double phi(double z) {
		if (z == Double.NEGATIVE_INFINITY) {
			return 0;
		}
		if (z == Double.POSITIVE_INFINITY) {
			return 1;
		}
		return 0.5 * Erf.erfc(-z / Math.sqrt(2));
	}

	/** P(X &gt; h, Y &gt; k): Genz's BVND. */
	static double upper(double h, double k, double r) {
		if (Double.isNaN(h) || Double.isNaN(k) || Double.isNaN(r)) {
			return Double.NaN;
		}
		if (h == Double.POSITIVE_INFINITY || k == Double.POSITIVE_INFINITY) {
			return 0;
		}
		if (h == Double.NEGATIVE_INFINITY) {
			return k == Double.NEGATIVE_INFINITY ? 1 : phi(-k);
		}
		if (k == Double.NEGATIVE_INFINITY) {
			return phi(-h);
		}
		if (r >= 1) {
			return phi(-Math.max(h, k));
		}
		if (r <= -1) {
			return Math.max(0, phi(-h) - phi(k));
		}
		int ng = Math.abs(r) < 0.3 ? 0 : Math.abs(r) < 0.75 ? 1 : 2;
		double[] w = W[ng];
		double[] x = X[ng];
		double hk = h * k;
		double bvn = 0;
		if (Math.abs(r) < 0.925) {
			double hs = (h * h + k * k) / 2;
			double asr = Math.asin(r);
			for (int i = 0; i < w.length; i++) {
				double sn = Math.sin(asr * (1 - x[i]) / 2);
				bvn += w[i] * Math.exp((sn * hk - hs) / (1 - sn * sn));
				sn = Math.sin(asr * (1 + x[i]) / 2);
				bvn += w[i] * Math.exp((sn * hk - hs) / (1 - sn * sn));
			}
			return clamp(bvn * asr / (2 * TWO_PI) + phi(-h) * phi(-k));
		}
		if (r < 0) {
			k = -k;
			hk = -hk;
		}
		double as = (1 - r) * (1 + r);
		double a = Math.sqrt(as);
		double bs = (h - k) * (h - k);
		double c = (4 - hk) / 8;
		double d = (12 - hk) / 16;
		bvn = a * Math.exp(-(bs / as + hk) / 2) * (1 - c * (bs - as) * (1 - d * bs / 5) / 3 + c * d * as * as / 5);
		if (hk > -160) {
			double b = Math.sqrt(bs);
			bvn -= Math.exp(-hk / 2) * Math.sqrt(TWO_PI) * phi(-b / a) * b * (1 - c * bs * (1 - d * bs / 5) / 3);
		}
		a /= 2;
		for (int i = 0; i < w.length; i++) {
			for (int sign = -1; sign <= 1; sign += 2) {
				double xs = a * (1 + sign * x[i]);
				xs *= xs;
				double rs = Math.sqrt(1 - xs);
				double asr = -(bs / xs + hk) / 2;
				if (asr > -100) {
					bvn += a * w[i] * Math.exp(asr)
							* (Math.exp(-hk * (1 - rs) / (2 * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
				}
			}
		}
		bvn = -bvn / TWO_PI;
		if (r > 0) {
			bvn += phi(-Math.max(h, k));
		} else {
			bvn = -bvn + Math.max(0, phi(-h) - phi(-k));
		}
		return clamp(bvn);
	}

	private static double clamp(double p) {
		return Math.max(0, Math.min(1, p));
	}
}
