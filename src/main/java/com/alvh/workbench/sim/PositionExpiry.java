package com.alvh.workbench.sim;

/** When the options of a newly opened equity position expire; all legs share it. */
public sealed interface PositionExpiry {

    /**
     * A fixed number of calendar days after the opening ({@code round(days x 252/365)} trading-day steps).
     *
     * @param days calendar days, in [1, 3650]
     */
    record Days(int days) implements PositionExpiry {
        public Days {
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("days must be in [1, 3650] calendar days, was " + days);
            }
        }
    }

    /**
     * The SPX monthly cycle: the standard monthly expiration (third Friday, the trading day before it
     * when that Friday is an exchange holiday) of the calendar month after the opening. Opened on an
     * expiration day and held, this is Cboe CNDR's roll. On replays the real dates are used; model paths
     * have no calendar and expire every {@link ExpiryCalendar#MODEL_CYCLE_STEPS} trading days from step 0.
     */
    record Monthly() implements PositionExpiry {
    }

    /** Calendar days a position of this expiry is usually open at its opening (for checks and displays). */
    default int typicalDays() {
        return this instanceof Days d ? d.days() : 30;
    }
}
