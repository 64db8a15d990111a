package com.alvh.workbench.sim;

import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.hedge.TriggerInputs;

/**
 * Entry triggers prepared for the per-path, per-step loops of both engines: combinators become loops
 * over arrays, common leaves read their input directly. Same truth value as {@link Trigger#fires}.
 */
final class TriggerChecks {

    private TriggerChecks() {
    }

    /** A trigger flattened for the per-path, per-step loop (arrays instead of lists). */
    @FunctionalInterface
    interface TriggerCheck {
        boolean fires(TriggerInputs in, int path);
    }

    /**
     * Whether a trigger may read a technical indicator: the indicators of SPX and VIX are updated
     * every step only if some trigger can use them. Unknown trigger kinds count as users.
     */
    static boolean usesIndicators(Trigger t) {
        if (t instanceof Trigger.AllOf a) {
            return a.conditions().stream().anyMatch(TriggerChecks::usesIndicators);
        }
        if (t instanceof Trigger.AnyOf a) {
            return a.conditions().stream().anyMatch(TriggerChecks::usesIndicators);
        }
        if (t instanceof Trigger.Not n) {
            return usesIndicators(n.condition());
        }
        return !(t instanceof Trigger.Always || t instanceof Trigger.VixAbove || t instanceof Trigger.VixBelow
                || t instanceof Trigger.VixFutureBetween || t instanceof Trigger.VixRatioAbove
                || t instanceof Trigger.PortfolioDrawdownAbove || t instanceof Trigger.SpxDrawdownAbove
                || t instanceof Trigger.EventWithin);
    }

    /**
     * Compiles a trigger: the combinators become loops over arrays, {@code Always} a constant;
     * other triggers are evaluated as they are. Same truth value as {@link Trigger#fires}.
     */
    static TriggerCheck compile(Trigger t) {
        if (t instanceof Trigger.Always) {
            return (in, path) -> true;
        }
        if (t instanceof Trigger.AnyOf a) {
            TriggerCheck[] parts = a.conditions().stream().map(TriggerChecks::compile).toArray(TriggerCheck[]::new);
            return (in, path) -> {
                for (TriggerCheck c : parts) {
                    if (c.fires(in, path)) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (t instanceof Trigger.AllOf a) {
            TriggerCheck[] parts = a.conditions().stream().map(TriggerChecks::compile).toArray(TriggerCheck[]::new);
            return (in, path) -> {
                for (TriggerCheck c : parts) {
                    if (!c.fires(in, path)) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (t instanceof Trigger.Not n) {
            TriggerCheck inner = compile(n.condition());
            return (in, path) -> !inner.fires(in, path);
        }
        // Common leaves read their input directly (one call less than Trigger.fires; same test).
        if (t instanceof Trigger.VixAbove v) {
            double level = v.level();
            return (in, path) -> in.vix(path) > level;
        }
        if (t instanceof Trigger.VixBelow v) {
            double level = v.level();
            return (in, path) -> in.vix(path) < level;
        }
        if (t instanceof Trigger.VixRatioAbove r) {
            double ratio = r.ratio();
            return (in, path) -> in.vix(path) / in.vix3m(path) >= ratio;
        }
        if (t instanceof Trigger.SpxDrawdownAbove d) {
            double fraction = d.fraction();
            return (in, path) -> in.spxDrawdown(path) >= fraction;
        }
        if (t instanceof Trigger.PortfolioDrawdownAbove d) {
            double fraction = d.fraction();
            return (in, path) -> in.portfolioDrawdown(path) >= fraction;
        }
        return t::fires;
    }
}
