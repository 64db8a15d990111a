package com.alvh.workbench.defi;

/**
 * The k-of-n multisig that approves an insurance pool's payouts, and the two ways it fails: keys
 * compromised (an attacker who holds {@code k} keys drains the pool) and signers unreachable (a payout
 * waits until {@code k} signers respond).
 *
 * <ul>
 *   <li><b>Compromise</b>: each key is compromised on its own at {@code keyHazard} per year, and common
 *       shocks (a shared wallet bug, a phishing campaign) arrive at {@code shockRate} per year, each
 *       compromising every key with probability {@code shockProbability}. A key is rotated
 *       {@code rotationDays} after the last compromise that hit it: it is compromised at time {@code t}
 *       if a compromise hit it in {@code (t - rotationDays, t]}.</li>
 *   <li><b>Liveness</b>: each signer is unreachable (travel, lost device, holidays) in outages that start
 *       at {@code outagesPerYear} a year and last {@code meanOutageDays} on average (exponential); at a
 *       random moment it is unreachable with probability {@link #unavailableProbability()} and, if so,
 *       back after an exponential residual of the same mean (memoryless). A reachable signer approves
 *       after an exponential delay of mean {@code meanApprovalDays}; an unreachable one after its outage
 *       plus that delay.</li>
 * </ul>
 * Closed forms for both are in {@link MultisigMath}.
 *
 * @param signers n (&gt;= 1)
 * @param threshold k, approvals needed and keys an attacker needs (1 .. n)
 * @param meanApprovalDays mean approval delay of a reachable signer (days, &gt;= 0)
 * @param keyHazard idiosyncratic compromises per key per year (&gt;= 0)
 * @param shockRate common compromise shocks per year (&gt;= 0)
 * @param shockProbability probability a shock compromises each key (in [0, 1])
 * @param rotationDays days from a key's last compromise to its rotation (&gt;= 0)
 * @param outagesPerYear outages per signer per year (&gt;= 0)
 * @param meanOutageDays mean outage length (days, &gt;= 0)
 */
public record MultisigSpec(int signers, int threshold, double meanApprovalDays, double keyHazard, double shockRate,
                           double shockProbability, double rotationDays, double outagesPerYear, double meanOutageDays) {

    public MultisigSpec {
        if (signers < 1 || threshold < 1 || threshold > signers) {
            throw new IllegalArgumentException("multisig threshold must be in 1.." + signers + " signers, was " + threshold);
        }
        if (!(meanApprovalDays >= 0) || !(keyHazard >= 0) || !(shockRate >= 0) || !(shockProbability >= 0 && shockProbability <= 1)
                || !(rotationDays >= 0) || !(outagesPerYear >= 0) || !(meanOutageDays >= 0)
                || !Double.isFinite(meanApprovalDays + keyHazard + shockRate + rotationDays + outagesPerYear + meanOutageDays)) {
            throw new IllegalArgumentException("multisig rates and durations must be finite and >= 0 (shockProbability in [0, 1]): "
                    + meanApprovalDays + ", " + keyHazard + ", " + shockRate + ", " + shockProbability + ", " + rotationDays
                    + ", " + outagesPerYear + ", " + meanOutageDays);
        }
    }

    /** A copy with another n and k. */
    public MultisigSpec withSignersAndThreshold(int n, int k) {
        return new MultisigSpec(n, k, meanApprovalDays, keyHazard, shockRate, shockProbability, rotationDays, outagesPerYear,
                meanOutageDays);
    }

    /** Stationary probability a signer is unreachable: {@code a m / (365 + a m)} (alternating renewal). */
    public double unavailableProbability() {
        return MultisigMath.unavailableProbability(outagesPerYear, meanOutageDays);
    }
}
