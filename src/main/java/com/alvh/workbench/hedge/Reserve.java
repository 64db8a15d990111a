package com.alvh.workbench.hedge;

/**
 * The "second engine": capital held back, idle at a cost, that deploys only on a breach into an
 * extra hedge layer.
 *
 * @param capital USD set aside (&gt;= 0; 0 disables the reserve)
 * @param costRate annual cost of holding it (its WACC), continuously compounded decimal, charged daily while idle
 * @param breach the trigger that deploys it (e.g. portfolio drawdown &gt;= 5 % or VIX &gt; 35)
 * @param deployment the layer the reserve buys on a breach; its size rule is capped at the reserve's capital
 */
public record Reserve(double capital, double costRate, Trigger breach, HedgeLayer deployment) {

    /** No reserve. */
    public static final Reserve NONE = new Reserve(0.0, 0.0, null, null);

    public Reserve {
        if (!(capital >= 0.0) || !Double.isFinite(capital)) {
            throw new IllegalArgumentException("Reserve.capital must be >= 0 USD, was " + capital);
        }
        if (!(costRate >= 0.0) || !Double.isFinite(costRate)) {
            throw new IllegalArgumentException("Reserve.costRate must be >= 0, was " + costRate);
        }
        if (capital > 0.0 && (breach == null || deployment == null)) {
            throw new IllegalArgumentException("Reserve with capital needs a breach trigger and a deployment layer");
        }
    }

    /** Whether this reserve holds any capital. */
    public boolean active() {
        return capital > 0.0;
    }
}
