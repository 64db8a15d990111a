package com.alvh.workbench.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Cells a spreadsheet would run are neutralised; numbers and ordinary text are left as they are (OWASP CSV Injection). */
class CsvCellsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\",\"y\")|`\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
            "=1+2|'=1+2",
            "+1+2|'+1+2",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "-cmd|'-cmd",
            "-12.50|-12.50",
            "+3|+3",
            "-1.5E-7|-1.5E-7",
            "-Infinity|-Infinity",
            "Regime VIX calls|Regime VIX calls",
            "a, b|`\"a, b\"`",
            "ALVH = layers|ALVH = layers"})
    void neutralisesFormulasOnly(String cell, String expected) {
        assertThat(CsvCells.field(cell)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnStartsAreNeutralisedToo() {
        assertThat(CsvCells.field("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.field("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(CsvCells.field("")).isEmpty();
    }
}
