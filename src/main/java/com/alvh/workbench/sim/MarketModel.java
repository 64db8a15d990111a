package com.alvh.workbench.sim;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Optional;

/**
 * A joint SPX / volatility model that fills a block of paths step by step. Implementations are
 * immutable and thread-safe: all per-path state lives in the {@link PathState} the engine hands
 * them, and all randomness comes from the stream the engine passes in.
 */
public interface MarketModel {

    /**
     * Writes the state at step 0 into every path of the block.
     *
     * @param state the block to initialise
     */
    void initialise(PathState state);

    /**
     * Advances every path of the block by one step of {@code dt} years, in place.
     *
     * @param state the block, at step {@code step - 1} on entry and at {@code step} on return
     * @param step the step being produced, 1-based
     * @param dt the step length in years (Act/365 or trading-day convention of the caller)
     * @param random the block's own random stream
     */
    void advance(PathState state, int step, double dt, UniformRandomProvider random);

    /**
     * The model's own VIX futures price for a path, if it has one (a stochastic-volatility model
     * does: the future is an expectation under the model). Models without one return {@code NaN}
     * and the caller uses a term-structure curve from spot VIX instead.
     *
     * @param vix the path's spot VIX (index points)
     * @param variance the path's instantaneous variance (per year)
     * @param tau time to the future's expiry in years
     * @return the futures price in index points, or NaN
     */
    default double vixFuture(double vix, double variance, double tau) {
        return Double.NaN;
    }

    /**
     * The model's own VIX futures curve for a run, if it has one: the same values as
     * {@link #vixFuture}, possibly from a precomputed table, as an object a simulation can keep and
     * call per path per step. Models without their own curve return empty, and the caller uses a
     * term-structure curve from spot VIX instead.
     *
     * @return the curve, or empty
     */
    default Optional<VixFutureCurve> ownVixFutures() {
        return Optional.empty();
    }

    /**
     * The model's own VIX option vols, if it has some that depend on the path's day (history models:
     * the day's VVIX). Models without return empty, and the caller uses the campaign's vols
     * ({@link CampaignSpec#vixOptionVols()}).
     *
     * @return the vols (NaN on days without a quote), or empty
     */
    default Optional<VixOptionVols.ByDay> ownVixOptionVols() {
        return Optional.empty();
    }

    /**
     * When scheduled events (FOMC, CPI, PPI, NFP) fall on this model's steps. Model paths start on no
     * particular date and use the recurring US cadence ({@link EventSchedule#usRecurring()}); a
     * replay of history uses the real dates.
     *
     * @return the schedule
     */
    default EventSchedule eventSchedule() {
        return EventSchedule.usRecurring();
    }

    /**
     * When options on the SPX monthly cycle expire on this model's steps. Model paths start on no
     * date and use {@link ExpiryCalendar#modelCycle()}; a replay of history uses the real expirations.
     *
     * @return the calendar
     */
    default ExpiryCalendar expiryCalendar() {
        return ExpiryCalendar.modelCycle();
    }

    /**
     * The term structure of SPX implied volatility on this model's paths: the volatility index level
     * for each tenor. By default read from the quoted indices of the path state (VIX9D, VIX, VIX3M,
     * VIX6M where set; {@link VolLevels#QUOTED_INDICES}); stochastic-volatility models give their own
     * expected variance by tenor.
     *
     * @return the term structure
     */
    default VolLevels volLevels() {
        return VolLevels.QUOTED_INDICES;
    }

    /**
     * The short rate cash earns on step {@code step} (continuous, per year), where the model knows it (a
     * replay: the day's 3-month T-bill); NaN elsewhere, and the campaign then uses its own rate.
     *
     * @param step the step
     * @return the rate, or NaN
     */
    default double shortRate(int step) {
        return Double.NaN;
    }
}
