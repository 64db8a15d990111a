package com.alvh.workbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as people read them (issue 13, item 6): grouped, rounded for the unit, no "-0", "n/a", plurals. */
class FormatsTest {

    @Test
    void thousandsAreGroupedAndRoundedForTheirUnit() {
        assertThat(Formats.usd(50_000_000)).isEqualTo("$50,000,000");
        assertThat(Formats.usd(-1234.5)).isEqualTo("-$1,234"); // half to even, as the table rounds
        assertThat(Formats.decimal(0.8421410579345087, 2)).isEqualTo("0.84");
        assertThat(Formats.percent(0.1234, 1)).isEqualTo("12.3 %");
        assertThat(Formats.points(4770)).isEqualTo("4,770");
        assertThat(Formats.points(25.4)).isEqualTo("25.4");
        assertThat(Formats.breakEvens(new double[] {4712.34, 5297.66})).isEqualTo("4,712.3 / 5,297.7");
        assertThat(Formats.breakEvens(new double[0])).isEqualTo("none");
    }

    @Test
    void aValueThatRoundsToZeroHasNoSign() {
        assertThat(Formats.decimal(-0.0, 1)).isEqualTo("0.0");
        assertThat(Formats.decimal(-0.04, 1)).isEqualTo("0.0");
        assertThat(Formats.usd(-0.4)).isEqualTo("$0");
        assertThat(Formats.signedUsd(-0.4)).isEqualTo("$0");
        assertThat(Formats.signedUsd(12)).isEqualTo("+$12");
        assertThat(Formats.percent(-0.00001, 1)).isEqualTo("0.0 %");
    }

    @Test
    void aNumberThatDoesNotExistReadsNotAvailable() {
        assertThat(Formats.percent(Double.NaN, 1)).isEqualTo("n/a");
        assertThat(Formats.usd(Double.NaN)).isEqualTo("n/a");
        assertThat(Formats.signedUsd(Double.NaN)).isEqualTo("n/a");
        assertThat(Formats.decimal(Double.POSITIVE_INFINITY, 2)).isEqualTo("\u221e");
    }

    @Test
    void pluralsAgreeWithTheirCount() {
        assertThat(Formats.count(1, "path", "paths")).isEqualTo("1 path");
        assertThat(Formats.count(0, "path", "paths")).isEqualTo("0 paths");
        assertThat(Formats.count(20_000, "day", "days")).isEqualTo("20,000 days");
    }
}
