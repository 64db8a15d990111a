package com.alvh.workbench.pricing;

/**
 * First-order sensitivities (and gamma) of one unit of an option, in the units of the pricer
 * that produced them.
 *
 * @param price the value (index points per unit)
 * @param delta dV/dS (or dV/dF for Black-76), per index point
 * @param gamma d2V/dS2, per index point squared
 * @param vega dV/dsigma per 1.00 of volatility (divide by 100 for one vol point)
 * @param theta dV/dt as calendar time passes, per year (divide by 365 for one day)
 * @param rho dV/dr per 1.00 of the continuously compounded rate
 */
public record Greeks(double price, double delta, double gamma, double vega, double theta, double rho) {

    /** All-zero greeks. */
    public static final Greeks ZERO = new Greeks(0, 0, 0, 0, 0, 0);

    /** This times a scalar (for quantity and contract multiplier). */
    public Greeks times(double factor) {
        return new Greeks(price * factor, delta * factor, gamma * factor, vega * factor,
                theta * factor, rho * factor);
    }

    /** Component-wise sum. */
    public Greeks plus(Greeks other) {
        return new Greeks(price + other.price, delta + other.delta, gamma + other.gamma,
                vega + other.vega, theta + other.theta, rho + other.rho);
    }
}
