package com.alvh.workbench.cli;

import com.alvh.workbench.analytics.PositionAnalytics;
import com.alvh.workbench.analytics.PositionSummary;
import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.MarketSnapshot;
import com.alvh.workbench.market.VixTermStructure;
import com.alvh.workbench.market.VolIndexTerm;
import com.alvh.workbench.pricing.Black76;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.pricing.Greeks;
import com.alvh.workbench.pricing.HestonModel;
import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.pricing.SkewModel;
import com.alvh.workbench.pricing.VixUnderHeston;
import com.alvh.workbench.product.IronCondor;
import com.alvh.workbench.scenario.ScenarioRanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code price option|condor|vix}: a quick calculator on the pricing core. */
@Command(name = "price", mixinStandardHelpOptions = true,
        description = "Quick calculator: an SPX option (Black-Scholes), a condor (skew model) or a VIX option (Black-76 or Heston).",
        subcommands = {PriceCommand.OptionPrice.class, PriceCommand.CondorPrice.class, PriceCommand.VixPrice.class})
final class PriceCommand {

    private PriceCommand() {
    }

    @Command(name = "option", mixinStandardHelpOptions = true,
            description = "Black-Scholes-Merton price and greeks of a European option (index points).")
    static final class OptionPrice implements Callable<Integer> {
        @Option(names = "--type", required = true, description = "call or put") OptionType type;
        @Option(names = "--spot", required = true, description = "spot (index points)") double spot;
        @Option(names = "--strike", required = true, description = "strike (index points)") double strike;
        @Option(names = "--days", required = true, description = "calendar days to expiry (Act/365)") double days;
        @Option(names = "--vol", required = true, description = "volatility, decimal (0.18 = 18 %%)") double vol;
        @Option(names = "--rate", defaultValue = "0.04", description = "risk-free rate, continuous (default ${DEFAULT-VALUE})") double rate;
        @Option(names = "--div", defaultValue = "0.013", description = "dividend yield, continuous (default ${DEFAULT-VALUE})") double div;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Checks.inRange("--spot", spot, range("market.spot"));
            Checks.inRange("--strike", strike, range("absolute.strike"));
            Checks.inRange("--days", days, 0, 3650, "calendar days (0 = at expiry)");
            Checks.inRange("--vol", vol, 0, 5, "per sqrt(year)");
            Checks.inRange("--rate", rate, range("market.rate"));
            Checks.inRange("--div", div, range("market.dividendYield"));
            Greeks g = checked(() -> BlackScholes.greeks(type, spot, strike, Act365.years(days), rate, div, vol));
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s K=%.2f S=%.2f T=%.0fd vol=%.4f r=%.4f q=%.4f%n", type, strike, spot, days, vol, rate, div);
            out.printf(Locale.ROOT, "  price %.4f  delta %.4f  gamma %.6f  vega %.4f (per 1.00 vol)  theta %.4f (per year)  rho %.4f%n",
                    g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho());
            return AlvhCli.OK;
        }
    }

    @Command(name = "condor", mixinStandardHelpOptions = true,
            description = "An iron condor by delta (Cboe CNDR: 20-delta shorts, 5-delta wings) under the SSVI skew tied to VIX.")
    static final class CondorPrice implements Callable<Integer> {
        @Option(names = "--spot", defaultValue = "5000", description = "SPX (default ${DEFAULT-VALUE})") double spot;
        @Option(names = "--vix", defaultValue = "16", description = "VIX (default ${DEFAULT-VALUE})") double vix;
        @Option(names = "--days", defaultValue = "45", description = "calendar days to expiry (default ${DEFAULT-VALUE})") double days;
        @Option(names = "--short-delta", defaultValue = "0.20", description = "short-leg |delta| (default ${DEFAULT-VALUE})") double shortDelta;
        @Option(names = "--long-delta", defaultValue = "0.05", description = "long-leg |delta| (default ${DEFAULT-VALUE})") double longDelta;
        @Option(names = "--contracts", defaultValue = "1", description = "condors (default ${DEFAULT-VALUE})") double contracts;
        @Option(names = "--rate", defaultValue = "0.04", description = "risk-free rate (default ${DEFAULT-VALUE})") double rate;
        @Option(names = "--div", defaultValue = "0.013", description = "dividend yield (default ${DEFAULT-VALUE})") double div;
        @Option(names = "--vix9d", description = "Cboe VIX9D, for the term structure of SPX vol") Double vix9d;
        @Option(names = "--vix3m", description = "Cboe VIX3M, for the term structure of SPX vol") Double vix3m;
        @Option(names = "--vix6m", description = "Cboe VIX6M, for the term structure of SPX vol") Double vix6m;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Checks.inRange("--spot", spot, range("market.spot"));
            Checks.inRange("--vix", vix, range("market.vix"));
            Checks.inRange("--days", days, range("condor.daysToExpiry"));
            Checks.inRange("--short-delta", shortDelta, range("delta.shortDelta"));
            Checks.inRange("--long-delta", longDelta, range("delta.longDelta"));
            Checks.inRange("--contracts", contracts, range("condor.contracts"));
            Checks.inRange("--rate", rate, range("market.rate"));
            Checks.inRange("--div", div, range("market.dividendYield"));
            // The condor is quoted at the vol level of its own tenor: from the quoted indices when given, else
            // with VIX's variance mean-reverting to the long-run VIX of the history (docs/model.md).
            double t = Act365.years(days);
            boolean quoted = vix9d != null || vix3m != null || vix6m != null;
            for (Double v : new Double[] {vix9d, vix3m, vix6m}) {
                if (v != null && !(v > 0.0 && Double.isFinite(v))) {
                    throw new BadInputException("--vix9d, --vix3m and --vix6m must be > 0, was " + v);
                }
            }
            double level = quoted ? VolIndexTerm.interpolate(nan(vix9d), vix, nan(vix3m), nan(vix6m), t)
                    : VolIndexTerm.meanReverting(vix, VixTermStructure.DEFAULT.longRunLevel(),
                    VixTermStructure.DEFAULT.meanReversion(), t);
            MarketSnapshot m = checked(() -> MarketSnapshot.of(spot, level, rate, div));
            IronCondor c = checked(() -> IronCondor.byDelta(m, SkewModel.DEFAULT, Act365.years(days), shortDelta,
                    longDelta, contracts));
            PositionSummary s = PositionAnalytics.summarize(c, m, SkewModel.DEFAULT);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "iron condor %.0f/%.0f/%.0f/%.0f x %.0f, %s days, SPX %.2f, VIX %.2f%n",
                    c.longPutStrike(), c.shortPutStrike(), c.shortCallStrike(), c.longCallStrike(), contracts,
                    fmt(days), spot, vix);
            out.printf(Locale.ROOT, "  vol level of the tenor %.2f (%s), ATM vol %.2f %%%n", level, quoted
                    ? "VIX9D/VIX/VIX3M/VIX6M interpolated in total variance"
                    : String.format(Locale.ROOT, "VIX mean-reverting to %.1f at %.1f a year; --vix3m etc. for quotes",
                    VixTermStructure.DEFAULT.longRunLevel(), VixTermStructure.DEFAULT.meanReversion()),
                    100 * SkewModel.DEFAULT.atmVol(level));
            out.printf(Locale.ROOT, "  credit %,.2f USD  max profit %,.2f  max loss %,.2f USD%n", s.credit(), s.maxProfit(), s.maxLoss());
            out.println("  break-evens " + Arrays.stream(s.breakEvens()).mapToObj(b -> String.format(Locale.ROOT, "%.2f", b))
                    .collect(Collectors.joining(" / ")));
            out.printf(Locale.ROOT, "  P(profit) %.1f %% under the skew, %.1f %% lognormal%n", 100 * s.probabilityOfProfit(),
                    100 * s.probabilityOfProfitLognormal());
            Greeks g = s.greeks();
            out.printf(Locale.ROOT, "  delta %.2f  gamma %.4f  vega %.2f  theta %.2f (USD units, per year)%n",
                    g.delta(), g.gamma(), g.vega(), g.theta());
            return AlvhCli.OK;
        }
    }

    @Command(name = "vix", mixinStandardHelpOptions = true,
            description = "A VIX option: Black-76 on the VIX future (--future, --vol) or exact under Heston (--v0 ...).")
    static final class VixPrice implements Callable<Integer> {
        @Option(names = "--type", defaultValue = "call", description = "call or put (default ${DEFAULT-VALUE})") OptionType type;
        @Option(names = "--strike", required = true, description = "strike (VIX points)") double strike;
        @Option(names = "--days", required = true, description = "calendar days to expiry") double days;
        @Option(names = "--rate", defaultValue = "0.04", description = "risk-free rate (default ${DEFAULT-VALUE})") double rate;
        @Option(names = "--future", description = "Black-76: the VIX future of the option's expiry") Double future;
        @Option(names = "--vol", description = "Black-76: the option's volatility, decimal") Double vol;
        @Option(names = "--v0", description = "Heston: current variance") Double v0;
        @Option(names = "--kappa", defaultValue = "4.0", description = "Heston mean reversion (default ${DEFAULT-VALUE})") double kappa;
        @Option(names = "--theta", defaultValue = "0.04", description = "Heston long-run variance (default ${DEFAULT-VALUE})") double theta;
        @Option(names = "--sigma", defaultValue = "0.7", description = "Heston vol of variance (default ${DEFAULT-VALUE})") double sigma;
        @Option(names = "--rho", defaultValue = "-0.7", description = "Heston correlation (default ${DEFAULT-VALUE})") double rho;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            Checks.inRange("--strike", strike, 0.5, 500, "VIX points");
            Checks.inRange("--days", days, 0, 1095, "calendar days (0 = at expiry)");
            Checks.inRange("--rate", rate, range("market.rate"));
            if (future != null) {
                Checks.inRange("--future", future, 1, 500, "VIX points");
            }
            if (vol != null) {
                Checks.inRange("--vol", vol, range("market.vixOptionVol"));
            }
            if (v0 != null) {
                Checks.inRange("--v0", v0, range("heston.v0"));
            }
            Checks.inRange("--kappa", kappa, range("heston.kappa"));
            Checks.inRange("--theta", theta, range("heston.theta"));
            Checks.inRange("--sigma", sigma, range("heston.sigma"));
            Checks.inRange("--rho", rho, range("heston.rho"));
            double t = Act365.years(days);
            PrintWriter out = spec.commandLine().getOut();
            if (v0 != null) {
                if (future != null || vol != null) {
                    throw new BadInputException("give either --v0 (Heston) or --future and --vol (Black-76), not both");
                }
                HestonModel h = checked(() -> new HestonModel(v0, kappa, theta, sigma, rho));
                double f = checked(() -> VixUnderHeston.futuresPrice(h, t));
                double p = checked(() -> VixUnderHeston.optionPrice(type, h, strike, t, rate));
                out.printf(Locale.ROOT, "VIX %s K=%.2f T=%sd under Heston (v0 %s, kappa %s, theta %s, sigma %s)%n", type,
                        strike, fmt(days), v0, kappa, theta, sigma);
                out.printf(Locale.ROOT, "  spot VIX %.4f  future %.4f  price %.4f (x100 = %.2f USD per contract)%n",
                        VixUnderHeston.spotVix(h), f, p, 100 * p);
                return AlvhCli.OK;
            }
            if (future == null || vol == null) {
                throw new BadInputException("give --future and --vol (Black-76), or --v0 (Heston)");
            }
            Greeks g = checked(() -> Black76.greeks(type, future, strike, t, rate, vol));
            out.printf(Locale.ROOT, "VIX %s K=%.2f T=%sd on future %.2f, Black-76 vol %.4f%n", type, strike, fmt(days), future, vol);
            out.printf(Locale.ROOT, "  price %.4f (x100 = %.2f USD per contract)  delta %.4f  vega %.4f  theta %.4f%n",
                    g.price(), 100 * g.price(), g.delta(), g.vega(), g.theta());
            return AlvhCli.OK;
        }
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    /** The range a scenario file allows for the same quantity: the calculator takes what a scenario takes. */
    private static ScenarioRanges.Range range(String key) {
        return ScenarioRanges.of(key);
    }

    private static <T> T checked(java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static String fmt(double days) {
        return days == Math.rint(days) ? String.valueOf((long) days) : String.valueOf(days);
    }
}
