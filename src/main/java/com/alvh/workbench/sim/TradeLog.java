package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.pricing.OptionType;

import java.util.ArrayList;
import java.util.List;

/**
 * The trades of one path of a block, for a trade list: on only in the block that holds the run's first
 * path (the replayed history, or a sampled model path), so the other paths pay nothing for it.
 */
final class TradeLog {

    private final boolean on;
    private final List<Trade> trades = new ArrayList<>();

    /** @param on whether this block holds the run's first path */
    TradeLog(boolean on) {
        this.on = on;
    }

    /** Whether trades of path {@code i} of the block are logged. */
    boolean records(int i) {
        return on && i == 0;
    }

    void add(Trade t) {
        trades.add(t);
    }

    /** The trades logged, in order. */
    List<Trade> trades() {
        return trades;
    }

    /** A leg's instrument as a trade list names it. */
    static String name(OptionType type) {
        return type == OptionType.PUT ? "SPX put" : "SPX call";
    }

    /** A hedge instrument as a trade list names it. */
    static String name(HedgeInstrumentKind kind) {
        return switch (kind) {
            case VIX_CALL -> "VIX call";
            case VIX_CALL_SPREAD -> "VIX call spread";
            case VIX_FUTURE -> "VIX future";
            case SPX_PUT -> "SPX put";
        };
    }
}
