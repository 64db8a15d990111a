package com.alvh.workbench.defi;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.Arrays;

/**
 * A DeFi insurance fund: capital, premium income on the cover it sells, claims from protocol
 * exploits, and payouts that need k of n multisig signers.
 *
 * <ul>
 *   <li><b>Claims</b>: compound Poisson. Exploits of covered protocols arrive at {@code claimRate}
 *       per year; the exploit loss is Pareto, {@code X = u U^(-1/alpha)}; the claim is
 *       {@code min(limit, coverShare x X)} (the share of the stolen funds that bought cover, capped by
 *       the per-protocol limit). {@link ExploitHistory#fit} gives {@code u}, {@code alpha} and the
 *       ecosystem-wide rate.</li>
 *   <li><b>Payout latency</b>: each of the {@code n - c} honest signers ({@code c} compromised)
 *       approves after an exponential delay of mean {@code meanApprovalDays}; the claim is paid at the
 *       {@code k}-th approval. With fewer than {@code k} honest signers it waits for key rotation. An
 *       accepted claim is a liability at once; the delay moves only the cash.</li>
 *   <li><b>Key compromise</b>: each key is compromised at {@code keyHazard} per year on its own, and a
 *       common shock (a shared wallet bug, a phishing campaign) at {@code shockRate} per year
 *       compromises each honest key with probability {@code shockProbability}: correlated
 *       compromise. Compromised keys are rotated {@code rotationDays} after compromise. If {@code k}
 *       or more are compromised at once, the attacker drains {@code drainFraction} of the cash.</li>
 *   <li><b>Capital adequacy ratio</b>: equity over required capital, required =
 *       one year of expected claims plus {@code stressLimits} full-limit claims.</li>
 * </ul>
 *
 * @param name label
 * @param capital pool capital at step 0 (USD)
 * @param coverSold total cover outstanding (USD)
 * @param premiumRate premium per year on the cover (decimal)
 * @param claimRate covered-protocol exploits per year
 * @param paretoScale Pareto scale u of exploit losses (USD)
 * @param tailIndex Pareto alpha
 * @param coverShare fraction of an exploit's loss that is covered (decimal)
 * @param claimLimit per-claim limit (USD)
 * @param signers n
 * @param threshold k
 * @param meanApprovalDays mean approval delay per signer (days)
 * @param keyHazard per-key compromise rate (per year)
 * @param shockRate common compromise shocks per year
 * @param shockProbability probability a shock compromises each honest key
 * @param rotationDays days until a compromised key is rotated
 * @param drainFraction share of cash stolen when k keys are compromised
 * @param stressLimits full-limit claims in the required capital (e.g. 3)
 */
public record InsurancePool(String name, double capital, double coverSold, double premiumRate, double claimRate,
                            double paretoScale, double tailIndex, double coverShare, double claimLimit, int signers,
                            int threshold, double meanApprovalDays, double keyHazard, double shockRate,
                            double shockProbability, double rotationDays, double drainFraction, double stressLimits)
        implements DefiPosition {

    /** Pending claims a path can hold before later ones are paid at once. */
    private static final int QUEUE = 32;

    public InsurancePool {
        if (!(capital > 0) || !(coverSold >= 0) || !(premiumRate >= 0) || !(claimRate >= 0) || !(paretoScale > 0)
                || !(tailIndex > 0) || !(coverShare > 0 && coverShare <= 1) || !(claimLimit > 0) || signers < 1
                || threshold < 1 || threshold > signers || !(meanApprovalDays >= 0) || !(keyHazard >= 0) || !(shockRate >= 0)
                || !(shockProbability >= 0 && shockProbability <= 1) || !(rotationDays >= 0)
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
        return "capital adequacy ratio";
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

    /** Required capital: a year of expected claims plus {@code stressLimits} limit claims (USD). */
    public double requiredCapital() {
        return expectedClaimsPerYear() + stressLimits * claimLimit;
    }

    @Override
    public Book open(int paths, DefiMarketModel market) {
        return new PoolBook(paths);
    }

    private final class PoolBook implements Book {
        private final int n;
        private final double[] cash;
        private final double[] liabilities;
        private final double[] claimsNow;
        private final double[][] pendingAmount;
        private final double[][] pendingDue; // days
        private final double[][] keyRotateAt; // days; NaN = honest
        private final double[] stolen;
        private double days;

        PoolBook(int n) {
            this.n = n;
            cash = new double[n];
            liabilities = new double[n];
            claimsNow = new double[n];
            pendingAmount = new double[n][QUEUE];
            pendingDue = new double[n][QUEUE];
            keyRotateAt = new double[n][signers];
            stolen = new double[n];
        }

        @Override
        public void start(DefiPathState s) {
            Arrays.fill(cash, capital);
            for (double[] k : keyRotateAt) {
                Arrays.fill(k, Double.NaN);
            }
            days = 0;
        }

        @Override
        public void step(DefiPathState s, int step, double dt, UniformRandomProvider random) {
            double stepDays = dt * 365.0;
            days += stepDays;
            double[] delays = new double[signers];
            for (int i = 0; i < n; i++) {
                cash[i] += premiumRate * coverSold * dt;
                claimsNow[i] = 0.0;
                // keys: rotate, then idiosyncratic and common compromise (fixed number of draws per step)
                int compromised = 0;
                boolean shock = random.nextDouble() < shockRate * dt;
                for (int k = 0; k < signers; k++) {
                    double u1 = random.nextDouble();
                    double u2 = random.nextDouble();
                    if (!Double.isNaN(keyRotateAt[i][k]) && days >= keyRotateAt[i][k]) {
                        keyRotateAt[i][k] = Double.NaN;
                    }
                    if (Double.isNaN(keyRotateAt[i][k]) && (u1 < keyHazard * dt || (shock && u2 < shockProbability))) {
                        keyRotateAt[i][k] = days + rotationDays;
                    }
                    if (!Double.isNaN(keyRotateAt[i][k])) {
                        compromised++;
                    }
                }
                if (compromised >= threshold) {
                    double loss = drainFraction * Math.max(cash[i], 0.0);
                    cash[i] -= loss;
                    stolen[i] += loss;
                    Arrays.fill(keyRotateAt[i], Double.NaN); // emergency rotation after the theft
                    compromised = 0;
                }
                // claims
                int arrivals = JumpDiffusionMarket.poisson(claimRate * dt, random);
                for (int a = 0; a < arrivals; a++) {
                    double x = paretoScale * Math.pow(1.0 - random.nextDouble(), -1.0 / tailIndex);
                    double claim = Math.min(claimLimit, coverShare * x);
                    int honest = signers - compromised;
                    for (int k = 0; k < signers; k++) {
                        delays[k] = -meanApprovalDays * Math.log(1.0 - random.nextDouble());
                    }
                    double delay;
                    if (honest >= threshold) {
                        Arrays.sort(delays, 0, honest);
                        delay = delays[threshold - 1];
                    } else {
                        delay = rotationDays + delays[threshold - 1];
                    }
                    claimsNow[i] += claim;
                    liabilities[i] += claim;
                    enqueue(i, claim, days + delay);
                }
                // pay what is due
                for (int q = 0; q < QUEUE; q++) {
                    if (pendingAmount[i][q] > 0 && days >= pendingDue[i][q]) {
                        cash[i] -= pendingAmount[i][q];
                        liabilities[i] -= pendingAmount[i][q];
                        pendingAmount[i][q] = 0;
                    }
                }
            }
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
            return value(i) / requiredCapital();
        }
    }
}
