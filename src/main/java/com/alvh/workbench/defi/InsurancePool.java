package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;

/**
 * A DeFi insurance fund: capital, premium income on the cover it sells, claims from protocol
 * exploits, and payouts approved by a k-of-n multisig ({@link MultisigSpec}) whose keys can be
 * compromised and whose signers can be unreachable.
 *
 * <ul>
 *   <li><b>Claims</b>: compound Poisson. Exploits of covered protocols arrive at {@code claimRate}
 *       per year (scaled by the active cover over {@code coverSold}); the exploit loss is Pareto,
 *       {@code X = u U^(-1/alpha)}; the claim is {@code min(limit, coverShare x X)}. An accepted claim
 *       is a liability at once; the payout delay moves only the cash.</li>
 *   <li><b>Payout delay</b>: each honest signer responds after its response time (reachable: approval
 *       delay; unreachable: the rest of its outage plus the approval delay), drawn afresh for each
 *       claim from the stationary law of {@link MultisigSpec} (claims are a few a year, so one claim's
 *       signer states do not carry to the next); the claim is paid at the {@code k}-th response
 *       ({@link MultisigMath#payoutLaterThan}). With fewer than {@code k} honest signers it first waits
 *       for enough compromised keys to be rotated.</li>
 *   <li><b>Key compromise</b>: as {@link MultisigSpec}; if {@code k} or more keys are compromised at
 *       once, the attacker drains {@code drainFraction} of the cash and every key is rotated
 *       ({@link MultisigMath#compromiseProbability} is the chance of that state at a moment).</li>
 *   <li><b>Capital requirement</b>: either the simple one (a year of expected claims plus
 *       {@code stressLimits} full-limit claims) or, with {@code nexusCapitalModel}, Nexus Mutual's MCR
 *       ({@code MCR.sol}): the desired MCR is {@code max(active cover / 4.8, floor)} (gearing factor
 *       48,000 bp), the MCR moves toward it by at most {@code min(500 bp x days, 100 bp)} per update
 *       (one update a simulated day: 1 % a day), the floor rises by up to 1 % a day while the MCR
 *       ratio is at least 130 % and never falls (it starts at the first MCR). While capital is below
 *       the MCR (MCR ratio under 100 %) no new cover is sold: active cover runs off as 365-day covers
 *       expire, and premium income and claims shrink with it.</li>
 * </ul>
 *
 * @param name label
 * @param capital pool capital at step 0 (USD)
 * @param coverSold cover outstanding in steady state (USD); one-year covers renewed daily
 * @param premiumRate premium per year on the active cover (decimal)
 * @param claimRate covered-protocol exploits per year at full cover
 * @param paretoScale Pareto scale u of exploit losses (USD)
 * @param tailIndex Pareto alpha
 * @param coverShare fraction of an exploit's loss that is covered (decimal)
 * @param claimLimit per-claim limit (USD)
 * @param multisig the payout multisig
 * @param drainFraction share of cash stolen when k keys are compromised
 * @param stressLimits full-limit claims in the simple required capital (e.g. 3)
 * @param nexusCapitalModel whether the required capital is Nexus Mutual's MCR (and sales stop below it)
 */
public record InsurancePool(String name, double capital, double coverSold, double premiumRate, double claimRate,
                            double paretoScale, double tailIndex, double coverShare, double claimLimit, MultisigSpec multisig,
                            double drainFraction, double stressLimits, boolean nexusCapitalModel)
        implements DefiPosition {

    /** Pending claims a path can hold before later ones are paid at once. */
    private static final int QUEUE = 32;
    /** Nexus Mutual's gearing factor, 48,000 bp: MCR = active cover / 4.8. */
    public static final double NEXUS_GEARING = 4.8;
    /** Nexus Mutual's largest MCR move per update (100 bp), reached in a day at 500 bp a day. */
    public static final double NEXUS_MAX_MCR_MOVE = 0.01;
    /** Nexus Mutual's largest floor increase per day (100 bp), while the MCR ratio is at least 130 %. */
    public static final double NEXUS_MAX_FLOOR_MOVE = 0.01;
    /** Cover term: one-year covers (days). */
    static final double COVER_TERM_DAYS = 365.0;

    public InsurancePool {
        if (!(capital > 0) || !(coverSold >= 0) || !(premiumRate >= 0) || !(claimRate >= 0) || !(paretoScale > 0)
                || !(tailIndex > 0) || !(coverShare > 0 && coverShare <= 1) || !(claimLimit > 0) || multisig == null
                || !(drainFraction >= 0 && drainFraction <= 1) || !(stressLimits >= 0)) {
            throw new IllegalArgumentException("InsurancePool '" + name + "' has an invalid field");
        }
    }

    @Override
    public int hedgeAsset() {
        return 0;
    }

    @Override
    public String metricName() {
        return nexusCapitalModel ? "MCR ratio (capital / Nexus MCR)" : "capital adequacy ratio";
    }

    /**
     * Expected claim {@code E[min(L, c X)]} with {@code cX} Pareto of scale {@code y = c u}:
     * {@code y + y^alpha (L^(1-alpha) - y^(1-alpha)) / (1 - alpha)} for {@code L > y}
     * ({@code y (1 + ln(L/y))} at alpha = 1).
     *
     * @return USD
     */
    public double expectedClaim() {
        double y = coverShare * paretoScale;
        double l = claimLimit;
        if (l <= y) {
            return l;
        }
        if (Math.abs(tailIndex - 1.0) < 1e-9) {
            return y * (1.0 + Math.log(l / y));
        }
        return y + Math.pow(y, tailIndex) * (Math.pow(l, 1 - tailIndex) - Math.pow(y, 1 - tailIndex)) / (1 - tailIndex);
    }

    @Override
    public double expectedClaimsPerYear() {
        return claimRate * expectedClaim();
    }

    /** Simple required capital: a year of expected claims plus {@code stressLimits} limit claims (USD). */
    public double requiredCapital() {
        return expectedClaimsPerYear() + stressLimits * claimLimit;
    }

    /** Nexus Mutual's MCR of the steady-state book, {@code coverSold / 4.8} (USD). */
    public double nexusMcr() {
        return coverSold / NEXUS_GEARING;
    }

    @Override
    public Book open(int paths, DefiMarketModel market) {
        return new PoolBook(paths);
    }

    /**
     * The payout delay of one claim (days), as the simulation draws it: three uniforms per signer
     * (reachable or not, residual outage, approval delay), whatever the keys' state. Honest signers'
     * response times are sorted and the {@code k}-th is the delay; with fewer than {@code k} honest
     * signers the claim first waits until enough compromised keys are rotated, then needs {@code k} of
     * all {@code n} responses.
     *
     * @param compromisedUntil per key, the day until which it is compromised (-inf or past: honest)
     * @param now the current day
     * @param random the stream
     * @param response length-n work array
     * @param rotation length-n work array
     */
    double payoutDelay(double[] compromisedUntil, double now, UniformRandomProvider random, double[] response,
                       double[] rotation) {
        MultisigSpec m = multisig;
        int n = m.signers();
        int k = m.threshold();
        double unavailable = m.unavailableProbability();
        int honest = 0;
        int compromised = 0;
        for (int s = 0; s < n; s++) {
            double uState = random.nextDouble();
            double uOutage = random.nextDouble();
            double uApprove = random.nextDouble();
            double t = -m.meanApprovalDays() * Math.log(1.0 - uApprove);
            if (uState < unavailable) {
                t += -m.meanOutageDays() * Math.log(1.0 - uOutage);
            }
            if (compromisedUntil[s] > now) {
                rotation[compromised] = compromisedUntil[s] - now;
                // Compromised keys' responses go to the end of the array, honest ones to the front.
                response[n - 1 - compromised] = t;
                compromised++;
            } else {
                response[honest++] = t;
            }
        }
        if (honest >= k) {
            Arrays.sort(response, 0, honest);
            return response[k - 1];
        }
        Arrays.sort(rotation, 0, compromised);
        Arrays.sort(response, 0, n);
        return rotation[k - honest - 1] + response[k - 1];
    }

    /**
     * One step of the keys of one path: a common shock count {@code M ~ Poisson(shockRate dt)} (one
     * uniform), then two uniforms per key: compromised on its own with probability
     * {@code 1 - exp(-keyHazard dt)}, or by the shocks with {@code 1 - (1 - shockProbability)^M}; a hit key
     * is compromised until {@code rotationDays} after this step.
     *
     * @param until per key, the day until which it is compromised (updated)
     * @param days the day after this step
     * @param dt step (years)
     * @return keys compromised after the step
     */
    static int advanceKeys(MultisigSpec m, double[] until, double days, double dt, UniformRandomProvider random) {
        double idio = -Math.expm1(-m.keyHazard() * dt);
        int shocks = JumpDiffusionMarket.poisson(m.shockRate() * dt, random);
        double shockHit = 1.0 - Math.pow(1.0 - m.shockProbability(), shocks);
        int compromised = 0;
        for (int k = 0; k < until.length; k++) {
            double u1 = random.nextDouble();
            double u2 = random.nextDouble();
            if (u1 < idio || u2 < shockHit) {
                until[k] = days + m.rotationDays();
            }
            if (until[k] > days) {
                compromised++;
            }
        }
        return compromised;
    }

    private final class PoolBook implements Book {
        private final int n;
        private final double[] cash;
        private final double[] liabilities;
        private final double[] claimsNow;
        private final double[] activeCover;
        private final double[] mcr;
        private final double[] mcrFloor;
        private final double[][] pendingAmount;
        private final double[][] pendingDue; // days
        private final double[][] compromisedUntil; // days; -inf = never
        private final double[] stolen;
        private final double[] response;
        private final double[] rotation;
        private double days;

        PoolBook(int n) {
            this.n = n;
            cash = new double[n];
            liabilities = new double[n];
            claimsNow = new double[n];
            activeCover = new double[n];
            mcr = new double[n];
            mcrFloor = new double[n];
            pendingAmount = new double[n][QUEUE];
            pendingDue = new double[n][QUEUE];
            compromisedUntil = new double[n][multisig.signers()];
            stolen = new double[n];
            response = new double[multisig.signers()];
            rotation = new double[multisig.signers()];
        }

        @Override
        public void start(DefiPathState s) {
            Arrays.fill(cash, capital);
            Arrays.fill(activeCover, coverSold);
            Arrays.fill(mcr, nexusMcr());
            Arrays.fill(mcrFloor, nexusMcr());
            for (double[] k : compromisedUntil) {
                Arrays.fill(k, Double.NEGATIVE_INFINITY);
            }
            days = 0;
        }

        @Override
        public void step(DefiPathState s, int step, double dt, UniformRandomProvider random) {
            double stepDays = dt * 365.0;
            days += stepDays;
            MultisigSpec m = multisig;
            for (int i = 0; i < n; i++) {
                // Cover book: 365-day covers run off; new cover is sold unless Nexus's MCR binds.
                boolean selling = !nexusCapitalModel || value(i) >= mcr[i];
                double runOff = activeCover[i] * stepDays / COVER_TERM_DAYS;
                activeCover[i] += (selling ? coverSold * stepDays / COVER_TERM_DAYS : 0.0) - runOff;
                double scale = coverSold > 0 ? activeCover[i] / coverSold : 1.0; // claims follow the active cover
                cash[i] += premiumRate * activeCover[i] * dt;
                claimsNow[i] = 0.0;
                int compromised = advanceKeys(m, compromisedUntil[i], days, dt, random);
                if (compromised >= m.threshold()) {
                    double loss = drainFraction * Math.max(cash[i], 0.0);
                    cash[i] -= loss;
                    stolen[i] += loss;
                    Arrays.fill(compromisedUntil[i], Double.NEGATIVE_INFINITY); // emergency rotation after the theft
                }
                // Claims
                int arrivals = JumpDiffusionMarket.poisson(claimRate * scale * dt, random);
                for (int a = 0; a < arrivals; a++) {
                    double x = paretoScale * Math.pow(1.0 - random.nextDouble(), -1.0 / tailIndex);
                    double claim = Math.min(claimLimit, coverShare * x);
                    double delay = payoutDelay(compromisedUntil[i], days, random, response, rotation);
                    claimsNow[i] += claim;
                    liabilities[i] += claim;
                    enqueue(i, claim, days + delay);
                }
                // Pay what is due
                for (int q = 0; q < QUEUE; q++) {
                    if (pendingAmount[i][q] > 0 && days >= pendingDue[i][q]) {
                        cash[i] -= pendingAmount[i][q];
                        liabilities[i] -= pendingAmount[i][q];
                        pendingAmount[i][q] = 0;
                    }
                }
                if (nexusCapitalModel) {
                    updateMcr(i, stepDays);
                }
            }
        }

        /** One MCR update a step, as MCR.sol: floor first (while the ratio is at least 130 %), then the MCR toward the target. */
        private void updateMcr(int i, double stepDays) {
            if (value(i) >= 1.3 * mcr[i]) {
                mcrFloor[i] *= 1.0 + Math.min(NEXUS_MAX_FLOOR_MOVE * stepDays, NEXUS_MAX_FLOOR_MOVE);
            }
            double desired = Math.max(activeCover[i] / NEXUS_GEARING, mcrFloor[i]);
            double move = Math.min(0.05 * stepDays, NEXUS_MAX_MCR_MOVE);
            mcr[i] = desired > mcr[i] ? Math.min(mcr[i] * (1 + move), desired) : Math.max(mcr[i] * (1 - move), desired);
        }

        private void enqueue(int i, double claim, double due) {
            for (int q = 0; q < QUEUE; q++) {
                if (pendingAmount[i][q] == 0) {
                    pendingAmount[i][q] = claim;
                    pendingDue[i][q] = due;
                    return;
                }
            }
            cash[i] -= claim; // queue full: pay now
            liabilities[i] -= claim;
        }

        @Override
        public double value(int i) {
            return cash[i] - liabilities[i];
        }

        @Override
        public double assetExposure(int i) {
            return 0.0;
        }

        @Override
        public double claimsThisStep(int i) {
            return claimsNow[i];
        }

        @Override
        public double metric(int i) {
            return nexusCapitalModel ? value(i) / mcr[i] : value(i) / requiredCapital();
        }
    }
}
