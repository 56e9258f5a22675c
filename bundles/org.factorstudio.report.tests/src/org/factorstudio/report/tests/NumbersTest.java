package org.factorstudio.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factorstudio.report.internal.Numbers;
import org.junit.jupiter.api.Test;

/** Display rules (APA) and the exact form of numbers. */
class NumbersTest {

	@Test
	void boundedStatisticsHaveNoLeadingZero() {
		assertEquals(".645", Numbers.bounded(0.645394637725853, 3));
		assertEquals("-.032", Numbers.bounded(-0.032048364409843356, 3));
		assertEquals(".000", Numbers.bounded(-0.0004, 3), "no sign on a value that rounds to zero");
		assertEquals("1.000", Numbers.bounded(1.0, 3));
		assertEquals("", Numbers.bounded(null, 3));
		assertEquals("", Numbers.bounded(Double.NaN, 3));
	}

	@Test
	void pValues() {
		assertEquals("< .001", Numbers.p(3.54401035799411e-10));
		assertEquals(".001", Numbers.p(0.001));
		assertEquals(".048", Numbers.p(0.0476));
		assertEquals("", Numbers.p(null));
	}

	@Test
	void exactValuesArePlainAndRoundTrip() {
		assertEquals("0.00000000070880207159882", Numbers.plain(7.0880207159882e-10));
		assertEquals(7.0880207159882e-10, Double.parseDouble(Numbers.plain(7.0880207159882e-10)));
		assertEquals("73", Numbers.plain(73));
		assertEquals("5", Numbers.plain(5.0));
		assertEquals("-0.25", Numbers.plain(-0.25));
		assertEquals("3.46575342465753", Numbers.plain(3.46575342465753));
	}
}
