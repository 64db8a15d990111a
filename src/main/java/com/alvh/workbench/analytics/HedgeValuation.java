package com.alvh.workbench.analytics;

import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.product.HedgeInstrument;
import com.alvh.workbench.product.SpxPut;
import com.alvh.workbench.product.VixCall;
import com.alvh.workbench.product.VixCallSpread;
import com.alvh.workbench.product.VixFuture;

/**
 * Marks, values and greeks of the ALVH hedge instruments under a snapshot.
 *
 * <ul>
 *   <li>VIX call (and each leg of a VIX call spread): Black-76 on the VIX future of the same
 *       expiry, {@code F = snapshot.vixFuture(T)}, never spot VIX, at the snapshot's
 *       {@code vixOptionVol} (one flat vol; the VIX-option smile is ignored):
 *       {@code e^{-rT} [F N(d1) - K N(d2)]}.</li>
 *   <li>VIX future: marked at {@code F(T)} from the VIX term structure.</li>
 *   <li>SPX put: Black-Scholes-Merton at the skew model's vol for its strike.</li>
 * </ul>
 * A mark is in index points per unit; value = mark x quantity x multiplier (USD). For a future
 * the value is a notional mark, not cash: use {@link #pnl} for P&amp;L and {@link #premium}
 * for the cash paid at entry (zero for a future).
 */
public final class HedgeValuation {

    private HedgeValuation() {
    }

    /**
     * Mark of one unit.
     *
     * @param instrument the hedge
     * @param market the snapshot
     * @param skew the SPX skew model (used by SPX puts)
     * @return index points (VIX points for VIX products, SPX points for SPX puts)
     */
    public static double mark(HedgeInstrument instrument, MarketSnapshot market, SkewModel skew) {
        double t = instrument.expiry();
        if (instrument instanceof VixCall c) {
            return Black76.price(OptionType.CALL, market.vixFuture(t), c.strike(), t, market.rate(),
                    market.vixOptionVol());
        } else if (instrument instanceof VixCallSpread s) {
            double f = market.vixFuture(t);
            return Black76.price(OptionType.CALL, f, s.longStrike(), t, market.rate(), market.vixOptionVol())
                    - Black76.price(OptionType.CALL, f, s.shortStrike(), t, market.rate(), market.vixOptionVol());
        } else if (instrument instanceof VixFuture) {
            return market.vixFuture(t);
        } else if (instrument instanceof SpxPut p) {
            double vol = skew.vol(market.forward(t), p.strike(), t, market.vix());
            return BlackScholes.price(OptionType.PUT, market.spot(), p.strike(), t, market.rate(),
                    market.dividendYield(), vol);
        }
        throw new IllegalArgumentException("unknown instrument " + instrument);
    }

    /**
     * Mark-to-model value of the position: {@code mark x quantity x multiplier}.
     *
     * @param instrument the hedge
     * @param market the snapshot
     * @param skew the SPX skew model
     * @return USD (for a future, a notional mark)
     */
    public static double value(HedgeInstrument instrument, MarketSnapshot market, SkewModel skew) {
        return mark(instrument, market, skew) * instrument.quantity() * instrument.multiplier();
    }

    /**
     * Cash paid to open the position at model prices (negative if received).
     *
     * @param instrument the hedge
     * @param market the snapshot
     * @param skew the SPX skew model
     * @return USD; 0 for a VIX future
     */
    public static double premium(HedgeInstrument instrument, MarketSnapshot market, SkewModel skew) {
        return instrument instanceof VixFuture ? 0.0 : value(instrument, market, skew);
    }

    /**
     * P&amp;L against an entry mark: {@code (mark_now - entryMark) x quantity x multiplier}.
     *
     * @param instrument the hedge
     * @param entryMark the mark when opened (index points)
     * @param market the snapshot now
     * @param skew the SPX skew model
     * @return USD
     */
    public static double pnl(HedgeInstrument instrument, double entryMark, MarketSnapshot market, SkewModel skew) {
        return (mark(instrument, market, skew) - entryMark) * instrument.quantity() * instrument.multiplier();
    }

    /**
     * Position greeks (unit greeks x quantity x multiplier). VIX products: with respect to their
     * VIX future (delta in USD per VIX-future point; vega per 1.00 of VIX-option vol; a future
     * has delta 1 per point and no other greeks). SPX puts: with respect to SPX, at the skew vol.
     *
     * @param instrument the hedge
     * @param market the snapshot
     * @param skew the SPX skew model
     * @return the greeks in USD units
     */
    public static Greeks greeks(HedgeInstrument instrument, MarketSnapshot market, SkewModel skew) {
        double t = instrument.expiry();
        double r = market.rate();
        Greeks unit;
        if (instrument instanceof VixCall c) {
            unit = Black76.greeks(OptionType.CALL, market.vixFuture(t), c.strike(), t, r, market.vixOptionVol());
        } else if (instrument instanceof VixCallSpread s) {
            double f = market.vixFuture(t);
            unit = Black76.greeks(OptionType.CALL, f, s.longStrike(), t, r, market.vixOptionVol())
                    .plus(Black76.greeks(OptionType.CALL, f, s.shortStrike(), t, r, market.vixOptionVol()).times(-1.0));
        } else if (instrument instanceof VixFuture) {
            unit = new Greeks(market.vixFuture(t), 1.0, 0.0, 0.0, 0.0, 0.0);
        } else if (instrument instanceof SpxPut p) {
            double vol = skew.vol(market.forward(t), p.strike(), t, market.vix());
            unit = BlackScholes.greeks(OptionType.PUT, market.spot(), p.strike(), t, r, market.dividendYield(), vol);
        } else {
            throw new IllegalArgumentException("unknown instrument " + instrument);
        }
        return unit.times(instrument.quantity() * instrument.multiplier());
    }
}
