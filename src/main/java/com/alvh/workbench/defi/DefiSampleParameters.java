package com.alvh.workbench.defi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable numbers of each DeFi sample ({@link DefiSamples#parameters}), the rules that tie two
 * of them together, and the checked values a sample is built from. The defaults are the numbers of
 * docs/defi.md; the ranges keep every model object valid, so a set of values without problems always
 * builds.
 */
final class DefiSampleParameters {

    private DefiSampleParameters() {
    }

    private static DefiParameter usd(String key, String label, double def, double min, double max, String help) {
        return new DefiParameter(key, label, "USD", def, min, max, false, help);
    }

    private static DefiParameter number(String key, String label, String unit, double def, double min, double max,
                                        String help) {
        return new DefiParameter(key, label, unit, def, min, max, false, help);
    }

    private static DefiParameter whole(String key, String label, double def, double min, double max, String help) {
        return new DefiParameter(key, label, "", def, min, max, true, help);
    }

    private static final String FRACTION = "fraction";
    private static final String PER_YEAR = "/yr";
    private static final String VOL = "/sqrt(yr)";

    /** The perp funding rate, offered where a sample holds perps; the default is the ETHUSDT history's mean. */
    private static DefiParameter funding() {
        return number("fundingRate", "Perp funding", PER_YEAR, DefiCalibration.PERP_FUNDING_RATE, -1, 1,
                "Perpetual funding per year on the notional, positive when longs pay shorts, so the perp shorts here receive it "
                        + "(negative: they pay). Default: the mean of Binance ETHUSDT 2020-2023 (18.5 %; 0.8 % in 2022).");
    }

    static final List<DefiParameter> INSURANCE_POOL = List.of(
            usd("capital", "Pool capital", 50e6, 1e6, 1e10,
                    "The pool's own funds at the start; they absorb claims, and the drawdown triggers are fractions of them."),
            usd("coverSold", "Cover sold", 250e6, 0, 1e11,
                    "Total cover written to protocol users; premium income is the premium rate times this."),
            number("premiumRate", "Premium rate", PER_YEAR, 0.025, 0, 0.5,
                    "Premium charged per year as a fraction of the cover sold (0.025 = 2.5 % a year)."),
            number("claimShare", "Claim share", FRACTION, 0.10, 0.001, 1,
                    "Share of each covered exploit's loss the pool pays (the part of the stolen funds that had bought cover), before the limit."),
            usd("claimLimit", "Claim limit", 5e6, 1e4, 1e9,
                    "The most the pool pays on one exploit; exploit losses have an infinite-mean tail, so the limit keeps claims finite."),
            whole("signers", "Signers", 5, 1, 20,
                    "Keys of the multisig (n) that approves payouts; each can be compromised."),
            whole("threshold", "Threshold", 3, 1, 20,
                    "Approvals (k of n) needed to pay a claim, and keys an attacker needs to drain the pool; at most the signers."),
            number("outagesPerYear", "Signer outages", PER_YEAR, 6, 0, 365,
                    "Times a year each signer becomes unreachable (travel, a lost device, holidays); a payout waits until k signers respond."),
            number("meanOutageDays", "Outage length", "days", 3, 0, 90,
                    "Mean length of a signer's outage (exponential); with 6 a year of 3 days a signer is unreachable 4.7 % of the time."),
            number("tranche1Drawdown", "Tranche 1 trigger", FRACTION, 0.05, 0.01, 0.9,
                    "Pool drawdown (fraction of capital) at which the first recovery tranche of excess-of-loss cover is bought."),
            number("tranche2Drawdown", "Tranche 2 trigger", FRACTION, 0.10, 0.01, 0.9,
                    "Pool drawdown at which the second recovery tranche is bought; above the first tranche's."),
            usd("reserveCapital", "Reserve", 10e6, 0, 1e9,
                    "Second-engine capital held idle (costing 5 % a year) and deployed as full cover at the reserve trigger; 0 for none."),
            number("reserveTrigger", "Reserve trigger", FRACTION, 0.20, 0.01, 0.9,
                    "Pool drawdown at which the reserve deploys its backstop cover (180 days)."),
            whole("nexusCapitalModel", "Nexus capital model", 0, 0, 1,
                    "1: required capital is Nexus Mutual's MCR (active cover / 4.8, moving at most 1 % a day, floor ratcheting up above 130 %), and no cover is sold while capital is below it; 0: a year of expected claims plus three limits."));

    static final List<DefiParameter> GOVERNANCE_FARMING = List.of(
            usd("capital", "Capital", 1e6, 1e3, 1e10, "Account capital: the stake plus cash earning 4 % a year."),
            number("stakedFraction", "Staked fraction", FRACTION, 0.8, 0.01, 1,
                    "Share of capital staked in the governance token at the start; the rest stays in cash."),
            number("emissionsApr", "Emissions APR", PER_YEAR, 0.40, 0, 5,
                    "Token emissions per year per staked token, restaked every day (0.40 = 40 % APR); they dilute the token and farmers sell part of them."),
            number("stakedSupplyShare", "Staked share of supply", FRACTION, 0.5, 0, 1,
                    "Share of the token supply staked and earning the emissions; supply grows by APR x this a year, diluting every token (an assumption: half)."),
            number("sellFraction", "Farmers' sell share", FRACTION, 0.5, 0, 1,
                    "Share of the emitted tokens farmers sell as they receive them, into the token's pool (an assumption: half)."),
            number("poolDepthShare", "Pool depth", FRACTION, 0.05, 0.001, 1,
                    "Share of the token supply in its main constant-product pool; selling x tokens moves the price by (depth/(depth + x))^2 (an assumption: 5 %)."),
            number("impactHalfLifeDays", "Impact half-life", "days", 7, 0.1, 365,
                    "Days for buyers and arbitrage to take back half of the sell pressure's price deviation (an assumption: a week)."),
            number("capFraction", "Stake cap", FRACTION, 0.9, 0.01, 10,
                    "The most the stake may be worth, as a fraction of capital; any excess is sold to cash. At least the staked fraction."),
            number("tokenVol", "Token volatility", VOL, 1.0, 0.05, 3,
                    "Diffusive volatility of the governance token per year (1.0 = 100 %), before its crashes and vote jumps."),
            number("votesPerYear", "Votes per year", PER_YEAR, 12, 0, 365,
                    "Governance votes a year whose outcome moves the token by a jump of 15 % standard deviation."),
            number("basePerpRatio", "Base perp ratio", "x exposure", 0.3, 0.05, 2,
                    "Size of the always-on perp short, in tokens per token of staked exposure (0.3 = 30 % hedged); it receives the funding rate."),
            number("putVolTrigger", "Put layer: vol above", VOL, 1.2, 0.1, 5,
                    "Realised 30-day volatility of the token above which puts 10 % out of the money are bought on half the stake."),
            number("rsiTrigger", "Perp layer: RSI above", "", 70, 50, 99,
                    "14-day relative strength index of the token above which another 30 % perp short is added (overbought)."),
            number("fundingRate", "Perp funding before carry", PER_YEAR, DefiCalibration.PERP_FUNDING_RATE, -1, 1,
                    "Perpetual funding per year from leverage demand (positive: longs pay shorts; default the ETHUSDT 2020-2023 mean, 18.5 %). "
                            + "The shorts here receive it less the emissions APR: staked spot earns the emissions a perp does not, and carry traders price that in."));

    static final List<DefiParameter> LP = List.of(
            usd("capital", "Capital", 1e6, 1e3, 1e10,
                    "Capital put into liquidity: all in one ETH/USDC range, or split in thirds over three chains' pools."),
            number("rangeLower", "Range lower edge", "x entry", 0.7, 0.05, 0.99,
                    "Lower edge of the concentrated range as a multiple of the entry price; below it the position is all ETH and earns no fees."),
            number("rangeUpper", "Range upper edge", "x entry", 1.4, 1.01, 20,
                    "Upper edge of the range as a multiple of the entry price; above it the position is all USDC and earns no fees."),
            number("feeTier", "Fee tier", FRACTION, 0.003, 0.0001, 0.01,
                    "The pool's swap fee (0.003 = the 0.3 % tier), earned on the volume traded while the price is in the range."),
            number("ethVol", "ETH volatility", VOL, 0.65, 0.05, 3,
                    "Diffusive volatility of ETH per year (0.65 = 65 %), before jumps; it also sets the 1- and 2-sigma put strikes."),
            number("chainCorrelation", "Chain correlation", "", 0.7, 0, 0.99,
                    "Correlation of the three chains' tokens' daily moves, on top of their common crashes; it moves the diversified run only."),
            number("putVolTrigger", "2-sigma puts: vol above", VOL, 0.9, 0.1, 5,
                    "Realised 30-day volatility of ETH above which the 2-sigma puts are added on the other half of the ETH exposure."));

    /** The LP parameters that apply to a replay of ETH history (one chain: the correlation has nothing to move). */
    static final List<DefiParameter> LP_REPLAY = LP.stream().filter(p -> !p.key().equals("chainCorrelation")).toList();

    static final List<DefiParameter> STABLE_LP = List.of(
            usd("capital", "Deposit", 1e6, 1e3, 1e9, "USDT deposited single-sided into a USDT/USDC pool; USDC is the coin that can depeg, with the run and death rates of its own history."),
            number("amplification", "Amplification A", "", 200, 1, 5000,
                    "The pool's amplification (the contract's A): a higher A keeps prices flat near par but leaves the LP holding more of a depegged coin."),
            usd("poolTvl", "Pool size", 50e6, 1e5, 1e11,
                    "The pool's size before the deposit, balanced between the coins; it sets the LP's share of the fees."),
            usd("dailyVolume", "Daily volume", 10e6, 0, 1e11,
                    "Swap volume on a quiet day (USD a day); it triples when the other coin is 1 % off its peg."),
            number("feeRate", "Swap fee", FRACTION, 0.0004, 0, 0.01,
                    "Fee on each swap (0.0004 = 4 bp), half of which goes to the DAO."),
            number("basePutStrike", "Base peg put strike", "USD", 0.97, 0.5, 1.0,
                    "Strike of the always-on peg puts (90 days) on half the LP's holding of the other coin, in USD per coin."),
            number("deviationTrigger", "Deviation trigger", FRACTION, 0.005, 0.0005, 0.5,
                    "Peg deviation (1 - price) above which the second layer of peg puts is bought on all of that holding."),
            number("deviationPutStrike", "Deviation put strike", "USD", 0.95, 0.5, 1.0,
                    "Strike of the second layer's peg puts (30 days), in USD per coin."));

    static final List<DefiParameter> TAIL_RISK = List.of(
            usd("capital", "Capital", 1e6, 1e3, 1e10,
                    "Account capital: four LP positions of a quarter each, or four positions sized by the loss budget with the rest in cash at 4 %."),
            number("exploitsPerYear", "Exploits a year", PER_YEAR, DefiCalibration.EXPLOITS_PER_YEAR, 0, 1000,
                    "Exploits of at least USD 1M a year across DeFi (DeFiHackLabs 2022-2025: 28.75, 95 % interval 23.7 .. 34.5); a pool is hit in proportion to its share of DeFi's value locked."),
            usd("defiTvl", "DeFi value locked", DefiCalibration.DEFI_TVL_USD, 1e9, 1e13,
                    "Value locked in all of DeFi, which the exploits are spread over (an assumption: 80 billion, between DefiLlama's 2022-2025 totals)."),
            number("sharedShare", "Shared-dependency share", FRACTION, DefiCalibration.SHARED_DEPENDENCY_SHARE, 0, 1,
                    "Extra exploit hazard of the bridged pools, as a share of their own, from events that hit them together (the list's price-manipulation and bridge share, 33 of 115)."),
            number("lossBudget", "Loss budget", FRACTION, 0.025, 0.001, 0.25,
                    "The most one exploit may cost, as a fraction of capital: each sized position is this share of capital, since an exploit can take all of it (the 2-3 % rule)."),
            number("coverApproval", "Cover approval", FRACTION, 0.8, 0, 1,
                    "Probability that a protocol-cover claim is approved (an assumption: some claims fail on exclusions)."),
            number("coverDelayDays", "Cover payout delay", "days", 14, 0, 365,
                    "Days from an exploit to the cover's payout (an assumption: filing, assessment and payout)."),
            number("drawdownTrigger", "Puts: ETH drawdown above", FRACTION, 0.10, 0.01, 0.9,
                    "ETH drawdown from its peak at which puts 15 % out of the money are bought on the ETH exposure."),
            number("volTrigger", "Perps: vol above", VOL, 1.0, 0.1, 5,
                    "Realised 30-day volatility of ETH above which a perp short on half the ETH exposure is opened."),
            funding());

    /** A relation between two parameters that their ranges alone do not ensure. */
    private enum Relation {
        ABOVE(">", "above"), AT_LEAST(">=", "at least"), AT_MOST("<=", "at most"), BELOW("<", "below");

        private final String symbol;
        private final String words;

        Relation(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        boolean holds(double a, double b) {
            return switch (this) {
                case ABOVE -> a > b;
                case AT_LEAST -> a >= b;
                case AT_MOST -> a <= b;
                case BELOW -> a < b;
            };
        }

        Relation inverse() {
            return switch (this) {
                case ABOVE -> BELOW;
                case AT_LEAST -> AT_MOST;
                case AT_MOST -> AT_LEAST;
                case BELOW -> ABOVE;
            };
        }
    }

    /**
     * {@code key relation factor x other}. When it fails, the message names {@code key}, unless only
     * {@code other} was given (then the value the user chose is the one to change).
     */
    private record Rule(String key, Relation relation, double factor, String other, String why) {

        void check(Values v, Map<String, String> out) {
            if (out.containsKey(key) || out.containsKey(other)) {
                return; // a value out of its own range: that problem comes first
            }
            double a = v.get(key);
            double b = v.get(other);
            if (relation.holds(a, factor * b)) {
                return;
            }
            String scale = factor == 1.0 ? "" : " x " + DefiParameter.format(factor);
            String unscale = factor == 1.0 ? "" : " / " + DefiParameter.format(factor);
            if (v.given(other) && !v.given(key)) {
                out.put(other, "must be " + relation.inverse().words + " " + key + unscale + " ("
                        + DefiParameter.format(a / factor) + "), was " + DefiParameter.format(b) + why);
            } else {
                out.put(key, "must be " + relation.words + " " + other + scale + " ("
                        + DefiParameter.format(factor * b) + "), was " + DefiParameter.format(a) + why);
            }
        }
    }

    private static List<Rule> rules(String sample) {
        return switch (sample) {
            case DefiSamples.INSURANCE_POOL -> List.of(
                    new Rule("threshold", Relation.AT_MOST, 1.0, "signers", ""),
                    new Rule("tranche2Drawdown", Relation.ABOVE, 1.0, "tranche1Drawdown", ""));
            case DefiSamples.GOVERNANCE_FARMING -> List.of(
                    new Rule("capFraction", Relation.AT_LEAST, 1.0, "stakedFraction", " (the stake starts below its cap)"));
            case DefiSamples.STABLE_LP_DEPEG -> List.of(
                    // Far larger deposits also break the contract: its fee on the imbalance exceeds the
                    // other coin's balance (uint256 underflow in add_liquidity from about 1000x the pool).
                    new Rule("capital", Relation.AT_MOST, 1.0, "poolTvl", " (a deposit larger than the pool would be most of it)"));

            default -> List.of();
        };
    }

    /**
     * Every problem of {@code values} for a sample, by parameter key, in the order of {@code values}
     * and then of the rules; each message reads after its key ("must be between 1.01 and 20, was 25").
     *
     * @param sample the sample key (for messages and its rules)
     * @param declared the parameters on offer
     * @param values the values given (any keys; null values are problems)
     * @return key -&gt; message, empty if the values build
     */
    static Map<String, String> problems(String sample, List<DefiParameter> declared, Map<String, Double> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            DefiParameter p = find(declared, e.getKey());
            if (p == null) {
                out.put(e.getKey(), "is not a parameter of " + sample + "; known: "
                        + String.join(", ", declared.stream().map(DefiParameter::key).toList()));
            } else if (e.getValue() == null) {
                out.put(e.getKey(), "must be a number, was null");
            } else {
                String m = p.problem(e.getValue());
                if (m != null) {
                    out.put(e.getKey(), m);
                }
            }
        }
        Values v = new Values(declared, values);
        for (Rule r : rules(sample)) {
            r.check(v, out);
        }
        return out;
    }

    /**
     * The checked values of a sample.
     *
     * @throws IllegalArgumentException with the first problem, its message starting with the parameter's key
     */
    static Values values(String sample, List<DefiParameter> declared, Map<String, Double> given) {
        if (given == null) {
            throw new IllegalArgumentException("values must not be null (an empty map means all defaults)");
        }
        Map<String, String> problems = problems(sample, declared, given);
        if (!problems.isEmpty()) {
            Map.Entry<String, String> first = problems.entrySet().iterator().next();
            throw new IllegalArgumentException(first.getKey() + " " + first.getValue());
        }
        return new Values(declared, given);
    }

    private static DefiParameter find(List<DefiParameter> declared, String key) {
        for (DefiParameter p : declared) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** Values by key, the parameter's default where none was given. */
    static final class Values {
        private final List<DefiParameter> declared;
        private final Map<String, Double> given;

        private Values(List<DefiParameter> declared, Map<String, Double> given) {
            this.declared = declared;
            this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        }

        /** The value of a declared parameter (its default if not given). */
        double get(String key) {
            Double v = given.get(key);
            if (v != null) {
                return v;
            }
            DefiParameter p = find(declared, key);
            if (p == null) {
                throw new IllegalStateException("no parameter '" + key + "' is declared"); // a bug in DefiSamples
            }
            return p.defaultValue();
        }

        int integer(String key) {
            return (int) get(key);
        }

        boolean given(String key) {
            return given.get(key) != null;
        }
    }
}
