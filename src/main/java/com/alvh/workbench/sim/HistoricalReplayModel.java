package com.alvh.workbench.sim;

import com.alvh.workbench.market.MarketHistory;
import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;
import java.util.Optional;

/**
 * Replays real daily history: step {@code k} is trading day {@code k} of the slice, with the real
 * SPX, VIX and VIX3M closes (VIX3M is {@code NaN} before 2009-09-18, so term-structure triggers do
 * not fire there). Every path of a block is the same history, so run it with one path. The
 * instantaneous variance is set to {@code (VIX/100)^2}, the market's own 30-day variance. The cursor
 * is the day replayed, and VIX futures and VIX option vols are the day's real ones where history has
 * them ({@link HistoricalVixFutures}, {@link HistoricalVixOptionVols}).
 *
 * @param history the trading days to replay, at least two
 */
public record HistoricalReplayModel(MarketHistory history) implements MarketModel {

    public HistoricalReplayModel {
        if (history == null || history.size() < 2) {
            throw new IllegalArgumentException("history to replay must hold at least 2 trading days, had "
                    + (history == null ? 0 : history.size()));
        }
    }

    /** Number of steps that replay the whole slice: one per trading day after the first. */
    public int steps() {
        return history.size() - 1;
    }

    /**
     * The real dates of the history's event calendar ({@link MarketHistory#events()}) on the replayed
     * trading days; kinds without dates in the calendar never fire.
     */
    @Override
    public EventSchedule eventSchedule() {
        return EventSchedule.dated(history.dates(), history.events());
    }

    /** The real VX curve of the replayed day (NaN before 2007-04-02, where the campaign's stand-in is used). */
    @Override
    public Optional<VixFutureCurve> ownVixFutures() {
        return Optional.of(new HistoricalVixFutures(history, 0));
    }

    /** The replayed day's VVIX with the tenor rule (NaN before 2007-01-03). */
    @Override
    public Optional<VixOptionVols.ByDay> ownVixOptionVols() {
        return Optional.of(new HistoricalVixOptionVols(history, 0));
    }

    /** The real monthly SPX expirations of the replayed trading days. */
    @Override
    public ExpiryCalendar expiryCalendar() {
        return ExpiryCalendar.dated(history.dates());
    }

    /** The day's 3-month T-bill rate ({@link MarketHistory#tbillRate}), NaN before 2006-03-27. */
    @Override
    public double shortRate(int step) {
        return history.tbillRate(Math.min(step, history.size() - 1));
    }

    @Override
    public void initialise(PathState state) {
        fill(state, 0);
    }

    @Override
    public void advance(PathState state, int step, double dt, UniformRandomProvider random) {
        if (step >= history.size()) {
            throw new IllegalStateException("replay has " + steps() + " steps (" + history.date(0) + ".."
                    + history.date(history.size() - 1) + "), step " + step + " was asked for");
        }
        fill(state, step);
    }

    private void fill(PathState state, int day) {
        double vix = history.vixClose(day);
        Arrays.fill(state.spot, history.spxClose(day));
        Arrays.fill(state.vix, vix);
        Arrays.fill(state.vix3m, history.vix3mClose(day));
        Arrays.fill(state.vix9d, history.vix9dClose(day));
        Arrays.fill(state.vix6m, history.vix6mClose(day));
        Arrays.fill(state.open, history.spxOpen(day));
        Arrays.fill(state.variance, vix * vix / 1e4);
        Arrays.fill(state.cursor, day);
    }
}
