package com.alvh.workbench.scenario;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.LegStrike;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.Settlement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Positions imported from CSV legs with OCC symbols: what is read, and every refusal at its line. */
class OccPositionCsvTest {

    private static final String CONDOR = """
            symbol,quantity,price
            SPXW  250321P05400000,10,4.10
            SPXW  250321P05600000,-10,12.35

            # the call side
            SPXW250321C06100000,-10,9.80
            SPXW  250321C06300000,10,2.05
            """;

    @Test
    void anIronCondorOfOccSymbolsIsReadLegByLeg() {
        OccPositionCsv.Imported legs = OccPositionCsv.read(CONDOR, "condor.csv");
        assertThat(legs.expiry()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(legs.legs()).extracting(OccPositionCsv.Leg::strike).containsExactly(5400.0, 5600.0, 6100.0, 6300.0);
        assertThat(legs.legs()).extracting(OccPositionCsv.Leg::type)
                .containsExactly(OptionType.PUT, OptionType.PUT, OptionType.CALL, OptionType.CALL);
        assertThat(legs.legs()).extracting(OccPositionCsv.Leg::quantity).containsExactly(10.0, -10.0, -10.0, 10.0);
        assertThat(legs.legs()).extracting(OccPositionCsv.Leg::price).containsExactly(4.10, 12.35, 9.80, 2.05);
        assertThat(legs.legs()).extracting(OccPositionCsv.Leg::line).containsExactly(2, 3, 6, 7);
        EquityPosition p = legs.toPosition(LocalDate.of(2025, 2, 14), "my condor", CondorManagement.HOLD_TO_EXPIRY);
        assertThat(p.expiry()).isEqualTo(new PositionExpiry.Days(35));
        assertThat(p.settlement()).isEqualTo(Settlement.CLOSE); // SPXW: PM-settled
        assertThat(p.legs().get(1).strike()).isEqualTo(new LegStrike.Absolute(5600.0));
        assertThat(p.legs().get(1).quantity()).isEqualTo(-10.0);
        // Saved in a scenario and read back, the position is the same.
        ScenarioSpec spec = ScenarioSamples.baseCondorAlvh().withPosition(p);
        assertThat(ScenarioJson.read(ScenarioJson.write(spec), "imported").position()).isEqualTo(p);
        // Standard monthly SPX options settle at the open.
        assertThat(OccPositionCsv.read("SPX   250321P05500000,5,7.5\nSPX   250321P05300000,-5,3.25", "am")
                .toPosition(LocalDate.of(2025, 2, 21), "am", CondorManagement.HOLD_TO_EXPIRY).settlement())
                .isEqualTo(Settlement.OPEN);
    }

    @Test
    void everyBadLineIsRefusedWithItsLineNumber() {
        String bad = """
                symbol,quantity,price
                SPXW  250321X05600000,ten,-1
                QQQ   250321P00400000,1,1
                SPXW  251321P05600000,1,1
                SPXW  250321P05600000,0,1
                SPXW  250321C06000000,1
                SPXW  250321C06000000,1,2
                SPXW  250321C06000000,-1,2
                SPXW  250418P05600000,1,1
                """;
        assertThatThrownBy(() -> OccPositionCsv.read(bad, "bad.csv")).isInstanceOfSatisfying(ScenarioException.class,
                e -> assertThat(e.problems()).extracting(ScenarioProblem::toString).containsExactly(
                        "line 2: 'SPXW  250321X05600000' is not an OCC option symbol (root, YYMMDD, C or P, strike x 1000 "
                                + "in 8 digits, e.g. SPXW  250321P05600000)",
                        "line 2: quantity 'ten' is not a number",
                        "line 2: price must be >= 0, was -1",
                        "line 3: root 'QQQ' is not an SPX option root (SPX or SPXW)",
                        "line 4: expiry '251321' in 'SPXW  251321P05600000' is not a date (YYMMDD)",
                        "line 5: quantity must be non-zero with |quantity| <= 1000, was 0",
                        "line 6: expected 3 fields (symbol,quantity,price), found 2",
                        "line 8: the same option as line 7 (give each option once, with its net quantity)",
                        "line 9: expiry 2025-04-18 differs from line 7's 2025-03-21 (a position's legs share one expiry)")
                        .hasSize(9));
        assertThatThrownBy(() -> OccPositionCsv.read("symbol,quantity,price\n", "empty.csv"))
                .hasMessageContaining("no legs");
        assertThatThrownBy(() -> OccPositionCsv.read(CONDOR, "x").toPosition(LocalDate.of(2025, 3, 21), "x",
                CondorManagement.HOLD_TO_EXPIRY)).hasMessageContaining("0 days from 2025-03-21");
    }
}
