package com.alvh.workbench.scenario;

import com.alvh.workbench.hedge.AlvhPolicy;
import com.alvh.workbench.hedge.EventKind;
import com.alvh.workbench.hedge.HedgeLayer;
import com.alvh.workbench.hedge.Trigger;
import com.alvh.workbench.market.EventCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that every event trigger ({@link Trigger.EventWithin}) of a replay's policies has a calendar
 * that covers the replayed days: without it the trigger would silently never fire (or fire only where
 * a partial list happens to have dates). A problem names the trigger's JSON path and the range the
 * calendar of its kind covers ({@link EventCalendar#coverage}).
 *
 * <p>Only replays are checked: model paths (Heston, Bates, GBM, the bootstrap) have no calendar dates
 * and use the recurring US cadence ({@code EventSchedule.usRecurring()}), which has a rule for every
 * {@link EventKind} and so covers every step of any run.
 */
final class EventCoverage {

    private EventCoverage() {
    }

    /**
     * @param spec the scenario (for the policies' JSON form: presets or layers written out)
     * @param primary the resolved policy under study
     * @param compare the resolved comparison policies, index for index with {@code spec.compare()}
     *     (null where one failed to resolve)
     * @param calendar the events of the shipped history
     * @param from first replayed day
     * @param to last replayed day
     * @return the problems, empty when every event trigger is covered
     */
    static List<ScenarioProblem> check(ScenarioSpec spec, AlvhPolicy primary, List<AlvhPolicy> compare,
                                       EventCalendar calendar, LocalDate from, LocalDate to) {
        List<ScenarioProblem> out = new ArrayList<>();
        if (primary != null) {
            policy(spec.policy(), primary, "$.policy", calendar, from, to, out);
        }
        for (int i = 0; i < compare.size(); i++) {
            if (compare.get(i) != null) {
                policy(spec.compare().get(i), compare.get(i), "$.compare[" + i + "]", calendar, from, to, out);
            }
        }
        return out;
    }

    private static void policy(PolicySpec spec, AlvhPolicy policy, String path, EventCalendar calendar,
                               LocalDate from, LocalDate to, List<ScenarioProblem> out) {
        // A preset is one word in the file: its triggers have no path of their own, so name the layer.
        boolean preset = spec instanceof PolicySpec.Preset;
        for (int l = 0; l < policy.layers().size(); l++) {
            HedgeLayer layer = policy.layers().get(l);
            String where = preset ? path : path + ".layers[" + l + "].entry";
            trigger(layer.entry(), where, preset ? "preset layer '" + layer.name() + "': " : "", calendar, from, to, out);
        }
        if (policy.reserve().active()) {
            trigger(policy.reserve().breach(), preset ? path : path + ".reserve.breach",
                    preset ? "preset reserve: " : "", calendar, from, to, out);
            HedgeLayer d = policy.reserve().deployment();
            trigger(d.entry(), preset ? path : path + ".reserve.deployment.entry",
                    preset ? "preset reserve layer '" + d.name() + "': " : "", calendar, from, to, out);
        }
    }

    private static void trigger(Trigger t, String path, String prefix, EventCalendar calendar, LocalDate from,
                                LocalDate to, List<ScenarioProblem> out) {
        if (t instanceof Trigger.AllOf a) {
            for (int j = 0; j < a.conditions().size(); j++) {
                trigger(a.conditions().get(j), path + ".of[" + j + "]", prefix, calendar, from, to, out);
            }
        } else if (t instanceof Trigger.AnyOf a) {
            for (int j = 0; j < a.conditions().size(); j++) {
                trigger(a.conditions().get(j), path + ".of[" + j + "]", prefix, calendar, from, to, out);
            }
        } else if (t instanceof Trigger.Not n) {
            trigger(n.condition(), path + ".of", prefix, calendar, from, to, out);
        } else if (t instanceof Trigger.EventWithin e) {
            String kind = e.kind().name();
            EventCalendar.Coverage c = calendar.coverage(kind);
            if (c == null) {
                out.add(new ScenarioProblem(path, prefix + "'" + e.describe() + "' needs " + kind
                        + " dates, and the shipped calendars have none; the replay runs " + from + " .. " + to));
            } else if (!c.covers(from, to)) {
                out.add(new ScenarioProblem(path, prefix + "'" + e.describe() + "': the " + kind + " calendar covers "
                        + c + ", the replay runs " + from + " .. " + to + "; replay inside the covered range or drop the "
                        + "trigger"));
            }
        }
    }
}
