package com.alvh.workbench.hedge;

/**
 * One ALVH hedge tranche, as data: what it buys, at which strike and tenor, how much, when it
 * enters, when it sells, whether it rolls and how long it waits before entering again.
 *
 * @param name a label for charts and tables (non-blank)
 * @param instrument what the layer buys
 * @param strike the strike rule (for a call spread, the long leg)
 * @param spreadWidth for a VIX call spread, short strike minus long strike (index points, &gt; 0); ignored otherwise
 * @param tenorDays calendar days to expiry at entry (&gt; 0)
 * @param size the size rule
 * @param entry the trigger that opens the layer
 * @param exit the exit and monetise rule
 * @param rollWhileTriggered at the exit date, re-open at a fresh tenor if the entry trigger still holds
 * @param cooldownDays trading days after a close before the layer may enter again (&gt;= 0)
 */
public record HedgeLayer(String name, HedgeInstrumentKind instrument, StrikeRule strike, double spreadWidth,
                         int tenorDays, SizeRule size, Trigger entry, ExitRule exit, boolean rollWhileTriggered,
                         int cooldownDays) {

    public HedgeLayer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("HedgeLayer.name must not be blank");
        }
        String where = "HedgeLayer '" + name + "'.";
        if (instrument == null) {
            throw new IllegalArgumentException(where + "instrument is required");
        }
        if (strike == null && instrument != HedgeInstrumentKind.VIX_FUTURE) {
            throw new IllegalArgumentException(where + "strike is required for " + instrument);
        }
        if (instrument == HedgeInstrumentKind.VIX_CALL_SPREAD && !(spreadWidth > 0.0)) {
            throw new IllegalArgumentException(where + "spreadWidth must be > 0 for a call spread, was " + spreadWidth);
        }
        if (tenorDays <= 0) {
            throw new IllegalArgumentException(where + "tenorDays must be > 0, was " + tenorDays);
        }
        if (size == null || entry == null || exit == null) {
            throw new IllegalArgumentException(where + "size, entry and exit are required");
        }
        if (exit.exitDaysToExpiry() >= tenorDays) {
            throw new IllegalArgumentException(where + "exit.exitDaysToExpiry (" + exit.exitDaysToExpiry()
                    + ") must be below tenorDays (" + tenorDays + ")");
        }
        if (cooldownDays < 0) {
            throw new IllegalArgumentException(where + "cooldownDays must be >= 0, was " + cooldownDays);
        }
    }
}
