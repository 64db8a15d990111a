package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.IndicatorKind;
import com.alvh.workbench.hedge.IndicatorSeries;
import com.alvh.workbench.hedge.TriggerInputs;

import java.util.Arrays;

/**
 * One block of a campaign run, step by step: binds the step's market, runs the position's rules, marks
 * the open layers, runs their exits and entries ({@link LayerBook}), charges the idle reserve and
 * closes the step's equity ({@link BlockAccount}). It is also the block's {@link TriggerInputs}.
 */
final class CampaignObserver implements PathObserver<CampaignBlock>, TriggerInputs {

    private final CampaignSpec spec;
    private final int n;
    private final int layerCount;
    private final double[] multipliers;
    private final int[][] daysToEvent;
    private final BlockMarket market;
    private final BlockAccount account;
    private final LayerBook book;
    private final PositionBook position;
    private final LayerInstruments instruments;
    private final double[] cash;
    private final double[] preTradeEquity;
    private final double[][] layerQty;
    private final int[][] layerExpiry;
    private final double[][] layerUnitMark;
    private final TradeLog log;
    private final double[] interestGrowth;

    CampaignObserver(CampaignSimulation.Run run, int firstPath, int blockPaths) {
        this(run, firstPath, blockPaths, null);
    }

    /**
     * @param track the block's position recorded once ({@link PositionTrack}), replayed instead of computed;
     *     null to compute it
     */
    CampaignObserver(CampaignSimulation.Run run, int firstPath, int blockPaths, PositionTrack track) {
        this.spec = run.spec();
        this.n = blockPaths;
        LayerTerms terms = run.layers();
        this.layerCount = terms.count();
        this.multipliers = terms.multipliers;
        this.daysToEvent = run.daysToEvent();
        this.market = new BlockMarket(run.tables(), n, run.needsIndicators());
        this.account = new BlockAccount(firstPath, n, run.steps(), layerCount, run.fanSample(), run.samplePaths());
        this.cash = account.cash;
        this.preTradeEquity = account.preTrade;
        this.book = new LayerBook(terms.plan, n, run.steps(), cash, account.hedgeCost, account.sampleCount);
        this.layerQty = book.qty;
        this.layerExpiry = book.expiry;
        this.layerUnitMark = book.unitMark;
        // A sweep's policies (a replayed position) keep no trade list: only a single run writes trades.csv.
        this.log = new TradeLog(firstPath == 0 && track == null);
        this.interestGrowth = run.interestGrowth();
        this.position = new PositionBook(run.position(), run.tables(), market, run.calendar(), cash,
                i -> book.withHeld(i, cash[i]), n, log);
        if (track != null) {
            position.replay(track);
        }
        this.instruments = new LayerInstruments(terms, run.tables(), market, position, book, n, log);
    }

    @Override
    public void start(PathState state) {
        market.bind(state, 0);
        Arrays.fill(cash, spec.capital());
        for (int i = 0; i < n; i++) {
            position.open(i);
        }
        process();
    }

    @Override
    public void step(PathState state, int newStep) {
        market.bind(state, newStep);
        if (interestGrowth != null) {
            double g = interestGrowth[newStep];
            for (int i = 0; i < n; i++) {
                cash[i] *= g; // a day's interest on yesterday's cash (a money-market account)
            }
        }
        for (int i = 0; i < n; i++) {
            position.manage(i);
        }
        process();
    }

    /** Layers, reserve, then equity, for the current step. */
    private void process() {
        int step = market.step;
        for (int i = 0; i < n; i++) {
            // Mark every open layer once; triggers see the equity at these marks.
            double pre = cash[i] + position.mark[i];
            for (int l = 0; l < layerCount; l++) {
                if (layerQty[l][i] > 0.0) {
                    double u = instruments.unitMark(l, i, layerExpiry[l][i] - step);
                    layerUnitMark[l][i] = u;
                    pre += layerQty[l][i] * multipliers[l] * u;
                }
            }
            preTradeEquity[i] = pre;
            for (int l = 0; l < layerCount; l++) {
                book.manage(l, i, step, market.vix[i], this, instruments);
            }
            book.chargeIdleReserve(i, step);
            account.close(i, step, book.withHeld(i, cash[i] + position.mark[i]));
        }
        account.record(step, market.spot, market.vix, position.open, book);
    }

    // ---- trigger inputs ----

    @Override
    public double vix(int i) {
        return market.vix[i];
    }

    @Override
    public double vix3m(int i) {
        return market.vix3m[i];
    }

    @Override
    public double vixFuture(int i, int tenorDays) {
        return market.vixFuture(i, tenorDays / 365.0);
    }

    @Override
    public double portfolioDrawdown(int i) {
        // At this step's marks, before this step's hedge trades.
        return account.portfolioDrawdown(i, market.step, spec.capital());
    }

    @Override
    public double spxDrawdown(int i) {
        return 1.0 - market.spot[i] / market.spxPeak[i];
    }

    @Override
    public double indicator(IndicatorSeries series, IndicatorKind indicator, int i) {
        return IndicatorReadings.read(series == IndicatorSeries.SPX ? market.spxIndicators : market.vixIndicators,
                indicator, i);
    }

    @Override
    public int tradingDaysToEvent(EventKind kind) {
        return daysToEvent[kind.ordinal()][market.step];
    }

    @Override
    public CampaignBlock result() {
        int step = market.step;
        return account.summary(spec.capital(), position.trades, book,
                (l, i) -> instruments.unitMark(l, i, layerExpiry[l][i] - step), log.trades());
    }
}
