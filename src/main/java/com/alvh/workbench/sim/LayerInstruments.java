package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.HedgeInstrumentKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.SizeRule;
import com.alvh.workbench.hedge.StrikeRule;
import com.alvh.workbench.math.NormalDistribution;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SmileOptionTable;

/**
 * The hedge instruments of one block of paths: what each layer's instrument is worth, which strike
 * and size an entry takes, and what a sale brings; the lifecycle (when to enter, exit, roll) is
 * {@link LayerBook}'s. VIX options are marked by Black-76 off the VIX future of their expiry at the
 * run's VIX-option vol for that expiry (and path day, on history), and settle on the curve's settlement
 * value (the path's VIX on model paths, the day's VIX open on history); VIX futures at that future (a
 * unit's mark is its P&amp;L since entry); SPX puts like the position's legs. Where the curve lists
 * contracts (history), a VIX layer trades the listed expiry nearest its tenor outside its exit window.
 */
final class LayerInstruments implements LayerBook.Instruments {

    private final LayerTerms terms;
    private final MarkTables tables;
    private final BlockMarket market;
    private final PositionBook position;
    private final LayerBook book;
    private final TradingCosts costs;
    private final CampaignSpec spec;
    private final double rate;

    // Per [layer][path]: the instrument's own state (the lifecycle's is the book's).
    private final double[][] strike;
    private final double[][] strike2;
    private final double[][] lnStrike;
    private final double[][] lnStrike2;
    private final double[][] entryFuture;
    /** This block's VIX-option slice, moved per mark when the vols depend on the path's day. */
    private final SmileOptionTable.Slice vixDaySlice;

    private final TradeLog log;

    LayerInstruments(LayerTerms terms, MarkTables tables, BlockMarket market, PositionBook position, LayerBook book,
                     int paths, TradeLog log) {
        this.log = log;
        this.terms = terms;
        this.tables = tables;
        this.market = market;
        this.position = position;
        this.book = book;
        this.spec = tables.spec;
        this.costs = spec.costs();
        this.rate = spec.rate();
        int count = terms.count();
        strike = new double[count][paths];
        strike2 = new double[count][paths];
        lnStrike = new double[count][paths];
        lnStrike2 = new double[count][paths];
        entryFuture = new double[count][paths];
        vixDaySlice = tables.blackTable.newSlice();
    }

    /** The VIX future {@code left} trading days out (the layers' own tenors: a prepared curve). */
    private double vixFutureLeft(int i, int left) {
        return tables.futuresByLeft[left].future(market.cursor[i], market.vix[i], market.variance[i]);
    }

    /** A VIX call at its expiry's VIX-option vol off future {@code f}; {@code left > 0} steps to expiry. */
    private double vixCall(int i, double f, double lnF, double k, double lnK, int left) {
        return tables.vixSlice(vixDaySlice, market.cursor[i], left)
                .price(OptionType.CALL, f, k, lnK - lnF, tables.discountLeft[left]);
    }

    /** Per-unit mark of layer {@code l}'s instrument for path {@code i}, {@code left} steps before expiry (index points). */
    double unitMark(int l, int i, int left) {
        double k = strike[l][i];
        double v = market.vix[i];
        switch (terms.kinds[l]) {
            case VIX_CALL: {
                if (left <= 0) {
                    return Math.max(market.vixSettlement(i) - k, 0.0);
                }
                double f = vixFutureLeft(i, left);
                return vixCall(i, f, Math.log(f), k, lnStrike[l][i], left);
            }
            case VIX_CALL_SPREAD: {
                double k2 = strike2[l][i];
                if (left <= 0) {
                    double settle = market.vixSettlement(i);
                    return Math.max(settle - k, 0.0) - Math.max(settle - k2, 0.0);
                }
                double f = vixFutureLeft(i, left);
                double lnF = Math.log(f);
                SmileOptionTable.Slice slice = tables.vixSlice(vixDaySlice, market.cursor[i], left);
                double discount = tables.discountLeft[left];
                return slice.price(OptionType.CALL, f, k, lnStrike[l][i] - lnF, discount)
                        - slice.price(OptionType.CALL, f, k2, lnStrike2[l][i] - lnF, discount);
            }
            case VIX_FUTURE:
                return (left <= 0 ? market.vixSettlement(i) : vixFutureLeft(i, left)) - entryFuture[l][i];
            case SPX_PUT:
                return market.spxOption(OptionType.PUT, i, k, lnStrike[l][i], left);
            default:
                throw new IllegalStateException("unknown instrument " + terms.kinds[l]);
        }
    }

    /** Slippage per unit on an instrument at this mark. */
    private double slippage(HedgeInstrumentKind kind, double mark) {
        return switch (kind) {
            case SPX_PUT -> costs.spxSlippage(mark);
            case VIX_CALL -> costs.vixSlippage(mark);
            case VIX_CALL_SPREAD -> 2.0 * costs.vixSlippage(mark); // two legs
            case VIX_FUTURE -> 0.5 * costs.slippageFraction() * 0.05; // one tick, 0.05 points
        };
    }

    private static double contractsPerUnit(HedgeInstrumentKind kind) {
        return kind == HedgeInstrumentKind.VIX_CALL_SPREAD ? 2.0 : 1.0;
    }

    /**
     * Cash from selling {@code units} of layer {@code l}; at expiry the mark is the settlement
     * value. Long options whose sale would not cover its slippage and commissions (worth about 0)
     * are abandoned instead: no cash flow (their value, below the cost of selling, is forgone, as
     * when they are left to expire), never negative proceeds. A VIX future is always closed at
     * its mark: its P&amp;L since entry may be negative.
     */
    @Override
    public double saleProceeds(int l, int i, double units, double mark, boolean settlement) {
        HedgeInstrumentKind kind = terms.kinds[l];
        double mult = terms.multipliers[l];
        if (settlement) {
            return units * mult * mark;
        }
        double proceeds = units * mult * (mark - slippage(kind, mark))
                - units * contractsPerUnit(kind) * costs.commissionPerContract();
        return kind == HedgeInstrumentKind.VIX_FUTURE ? proceeds : Math.max(proceeds, 0.0);
    }

    @Override
    public void enter(int l, int i) {
        HedgeLayer layer = terms.layers[l];
        // VIX options and futures trade the listed contract nearest the tenor where the curve lists them,
        // outside the layer's exit window (LayerBook exits when left x 365/252 <= exitDaysToExpiry).
        int tenor = terms.kinds[l] == HedgeInstrumentKind.SPX_PUT ? terms.tenorSteps[l]
                : tables.futures.listedTenor(market.cursor[i], terms.tenorSteps[l],
                (int) Math.floor(layer.exit().exitDaysToExpiry() * MarkTables.STEPS_PER_YEAR / 365.0) + 1);
        double future = vixFutureLeft(i, tenor);
        entryFuture[l][i] = future;
        double k = strikeFor(layer, l, i, tenor, future);
        strike[l][i] = k;
        strike2[l][i] = k + layer.spreadWidth();
        lnStrike[l][i] = Math.log(k);
        lnStrike2[l][i] = Math.log(strike2[l][i]);
        double mark = unitMark(l, i, tenor); // a future's mark is 0 at entry (P&L since entry)
        double mult = terms.multipliers[l];
        double slip = slippage(layer.instrument(), mark);
        double unitCost = (mark + slip) * mult + contractsPerUnit(layer.instrument()) * costs.commissionPerContract();
        double qty = quantity(layer, l, i, tenor, unitCost);
        if (!(qty > 0.0) || !Double.isFinite(qty)) {
            return;
        }
        double paid = qty * unitCost;
        book.open(l, i, market.step, market.step + tenor, qty, paid, mark, paid);
        if (log.records(i)) {
            boolean isFuture = layer.instrument() == HedgeInstrumentKind.VIX_FUTURE;
            log.add(new Trade(market.step, layer.name(), TradeLog.name(layer.instrument()), k, market.step + tenor, qty,
                    (isFuture ? future + mark : mark) + slip, -paid,
                    l == terms.plan.reserveLayer() ? "reserve deployment" : Trade.ENTRY));
        }
    }

    @Override
    public void traded(int l, int i, int step, double units, double unitMark, double cash, String reason) {
        if (!log.records(i)) {
            return;
        }
        HedgeInstrumentKind kind = terms.kinds[l];
        boolean settled = Trade.EXPIRY.equals(reason);
        double price = (kind == HedgeInstrumentKind.VIX_FUTURE ? entryFuture[l][i] + unitMark : unitMark)
                - (settled ? 0.0 : slippage(kind, unitMark));
        log.add(new Trade(step, terms.layers[l].name(), TradeLog.name(kind), strike[l][i], book.expiry[l][i], units, price,
                cash, reason));
    }

    private double strikeFor(HedgeLayer layer, int l, int i, int tenor, double future) {
        double tau = tenor / MarkTables.STEPS_PER_YEAR;
        if (layer.instrument() == HedgeInstrumentKind.VIX_FUTURE) {
            return future;
        }
        boolean vixOption = layer.instrument() != HedgeInstrumentKind.SPX_PUT;
        StrikeRule rule = layer.strike();
        if (rule instanceof StrikeRule.Absolute a) {
            return a.strike();
        }
        if (rule instanceof StrikeRule.PercentFromReference p) {
            return vixOption
                    ? Math.max(MarkTables.VIX_STRIKE_STEP, MarkTables.round(future * (1.0 + p.percent()), MarkTables.VIX_STRIKE_STEP))
                    : MarkTables.round(market.spot[i] * (1.0 + p.percent()), MarkTables.SPX_STRIKE_STEP);
        }
        double delta = ((StrikeRule.Delta) rule).delta();
        if (vixOption) {
            // Black-76 call delta e^{-r tau} N(d1) = delta  =>  K = F exp(-d1 s + s^2/2), s = vol sqrt(tau).
            double s = tables.vixVols.at(market.cursor[i], tau) * Math.sqrt(tau);
            double d1 = NormalDistribution.inverseCdf(Math.min(delta * Math.exp(rate * tau), 1.0 - 1e-12));
            return Math.max(MarkTables.VIX_STRIKE_STEP,
                    MarkTables.round(future * Math.exp(-d1 * s + 0.5 * s * s), MarkTables.VIX_STRIKE_STEP));
        }
        double forward = market.spot[i] * tables.growthLeft[tenor];
        double k = forward * Math.exp(terms.strikeSolvers[l].logMoneyness(tables.atmStdDev(market.level(i, tenor), tenor)));
        return MarkTables.round(k, MarkTables.SPX_STRIKE_STEP);
    }

    private double quantity(HedgeLayer layer, int l, int i, int tenor, double unitCost) {
        SizeRule size = layer.size();
        double qty;
        if (size instanceof SizeRule.Contracts c) {
            qty = c.contracts();
        } else if (size instanceof SizeRule.FractionOfMaxLoss f) {
            qty = f.fraction() * position.maxLoss(i) / unitCost;
        } else if (size instanceof SizeRule.FractionOfCapital c) {
            qty = c.fraction() * spec.capital() / unitCost;
        } else if (size instanceof SizeRule.CashBudget b) {
            qty = b.usd() / unitCost;
        } else {
            double ratio = ((SizeRule.VegaRatio) size).ratio();
            double perUnit = vixSensitivity(l, i, tenor);
            qty = perUnit > 0.0 ? ratio * Math.abs(position.vixSensitivity(i)) / perUnit : 0.0;
        }
        if (l == terms.plan.reserveLayer()) {
            qty = Math.min(qty, spec.policy().reserve().capital() / unitCost);
        }
        return qty;
    }

    /**
     * USD per VIX point of one unit of layer {@code l}: a central bump of spot VIX by 1 (VIX options and
     * futures), or of the SPX vol level of the put's tenor by 1 point (SPX puts).
     */
    private double vixSensitivity(int l, int i, int left) {
        double up;
        double down;
        if (terms.kinds[l] == HedgeInstrumentKind.SPX_PUT) {
            double base = market.level(i, left);
            market.levelOverride = base + 0.5;
            up = unitMark(l, i, left);
            market.levelOverride = Math.max(base - 0.5, 0.5);
            down = unitMark(l, i, left);
            market.levelOverride = Double.NaN;
        } else {
            double[] vix = market.vix;
            double saved = vix[i];
            vix[i] = saved + 0.5;
            up = unitMark(l, i, left);
            vix[i] = Math.max(saved - 0.5, 0.5);
            down = unitMark(l, i, left);
            vix[i] = saved;
        }
        return (up - down) * terms.multipliers[l];
    }
}
