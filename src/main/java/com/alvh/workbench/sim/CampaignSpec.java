package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.pricing.SkewModel;

/**
 * Everything the portfolio simulation needs besides the market paths: the equity position campaign,
 * how it is priced and traded, the capital, and the hedge policy.
 *
 * @param position the legs, expiry, size and management rules of each opening
 * @param costs commissions and slippage
 * @param skew the SPX skew model; marks use the path's VIX
 * @param rate r, continuously compounded per year
 * @param dividendYield q, continuously compounded per year
 * @param vixOptionVols the Black-76 vols of VIX options by expiry: flat (the scenario's one vol) or read off
 *     the path model ({@link VixOptionVols#fromHeston})
 * @param vixCurve VIX futures curve from spot VIX, used when the market model has no curve of its own
 * @param capital account capital in USD (&gt; 0), including any reserve; drawdowns are fractions of it
 * @param policy the ALVH hedge policy (layers and reserve)
 * @param cashInterest whether the account's cash earns the short rate each day (a replay's T-bill rate, else
 *     {@code rate}), as an index's money-market account does; off, cash earns nothing
 */
public record CampaignSpec(EquityPosition position, TradingCosts costs, SkewModel skew, double rate,
                           double dividendYield, VixOptionVols vixOptionVols, VixTermStructure vixCurve, double capital,
                           AlvhPolicy policy, boolean cashInterest) {

    /** A campaign whose cash earns nothing. */
    public CampaignSpec(EquityPosition position, TradingCosts costs, SkewModel skew, double rate, double dividendYield,
                        VixOptionVols vixOptionVols, VixTermStructure vixCurve, double capital, AlvhPolicy policy) {
        this(position, costs, skew, rate, dividendYield, vixOptionVols, vixCurve, capital, policy, false);
    }

    /**
     * A condor campaign by the earlier condor rule, VIX options quoted off {@code vixOptionVols}.
     *
     * @param condorRule how strikes are chosen at each opening
     * @param daysToExpiry calendar days to expiry of each new condor (&gt; 0), e.g. 45
     * @param contracts condors per trade (&gt; 0)
     * @param management take profit, stop, close-before-expiry, repeat
     */
    public CampaignSpec(CondorRule condorRule, int daysToExpiry, double contracts, CondorManagement management,
                        TradingCosts costs, SkewModel skew, double rate, double dividendYield,
                        VixOptionVols vixOptionVols, VixTermStructure vixCurve, double capital, AlvhPolicy policy) {
        this(condor(condorRule, daysToExpiry, contracts, management), costs, skew, rate, dividendYield, vixOptionVols,
                vixCurve, capital, policy);
    }

    /**
     * A condor campaign whose VIX options are quoted at one vol for every expiry.
     *
     * @param vixOptionVol Black-76 vol of VIX options (decimal per sqrt(year), &gt; 0)
     */
    public CampaignSpec(CondorRule condorRule, int daysToExpiry, double contracts, CondorManagement management,
                        TradingCosts costs, SkewModel skew, double rate, double dividendYield, double vixOptionVol,
                        VixTermStructure vixCurve, double capital, AlvhPolicy policy) {
        this(condor(condorRule, daysToExpiry, contracts, management), costs, skew, rate, dividendYield,
                flat(vixOptionVol), vixCurve, capital, policy);
    }

    private static EquityPosition condor(CondorRule rule, int days, double contracts, CondorManagement management) {
        if (rule == null || management == null) {
            throw new IllegalArgumentException("condorRule and management are required");
        }
        if (days <= 0) {
            throw new IllegalArgumentException("daysToExpiry must be > 0 calendar days, was " + days);
        }
        if (management.closeAtDaysToExpiry() >= days) {
            throw new IllegalArgumentException("management.closeAtDaysToExpiry (" + management.closeAtDaysToExpiry()
                    + ") must be below daysToExpiry (" + days + ")");
        }
        return PositionPresets.condorCampaign(rule, days, contracts, management);
    }

    private static VixOptionVols flat(double vol) {
        if (!(vol > 0.0) || !Double.isFinite(vol)) {
            throw new IllegalArgumentException("vixOptionVol must be > 0, was " + vol);
        }
        return VixOptionVols.flat(vol);
    }

    public CampaignSpec {
        if (position == null || costs == null || skew == null || vixCurve == null || policy == null) {
            throw new IllegalArgumentException("position, costs, skew, vixCurve and policy are required");
        }
        if (vixOptionVols == null) {
            throw new IllegalArgumentException("vixOptionVols is required");
        }
        if (!(capital > 0.0) || !Double.isFinite(capital)) {
            throw new IllegalArgumentException("capital must be > 0 USD, was " + capital);
        }
        if (!Double.isFinite(rate) || !Double.isFinite(dividendYield)) {
            throw new IllegalArgumentException("rate and dividendYield must be finite, were " + rate + ", " + dividendYield);
        }
    }

    /** A copy with another hedge policy (for hedged vs unhedged vs presets on the same paths). */
    public CampaignSpec withPolicy(AlvhPolicy newPolicy) {
        return new CampaignSpec(position, costs, skew, rate, dividendYield, vixOptionVols, vixCurve, capital, newPolicy,
                cashInterest);
    }

    /** A copy with another position. */
    public CampaignSpec withPosition(EquityPosition newPosition) {
        return new CampaignSpec(newPosition, costs, skew, rate, dividendYield, vixOptionVols, vixCurve, capital, policy,
                cashInterest);
    }

    /** A copy whose cash does or does not earn the short rate. */
    public CampaignSpec withCashInterest(boolean earns) {
        return new CampaignSpec(position, costs, skew, rate, dividendYield, vixOptionVols, vixCurve, capital, policy,
                earns);
    }

    /** The position's management rules. */
    public CondorManagement management() {
        return position.management();
    }

    /** The position's fixed contracts per trade (NaN when collateralised). */
    public double contracts() {
        return position.contracts();
    }
}
