package com.alvh.workbench.scenario;

import com.alvh.workbench.sim.CampaignResult;
import com.alvh.workbench.sim.CancellationToken;
import com.alvh.workbench.sim.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Investigation tool (not a test): the CNDR replica sample's calendar-year returns next to Cboe's
 * published CNDR index (year-end closes of Cboe's CNDR_History.csv, as mirrored in the public repository
 * pgs00/TP-Final-VIX-Pablo-Salerno, datos_originales/CNDR.csv, commit a6800a83112276613f1ca3d17a86aa4251e70896; see docs/model.md).
 * Run: {@code java -cp target/classes:target/test-classes:DEPS com.alvh.workbench.scenario.CndrReplicaStudy [scenario.json]}.
 */
public final class CndrReplicaStudy {

    /** Cboe CNDR year-end closes (index points). */
    static final Map<Integer, Double> CNDR_YEAR_END = new TreeMap<>(Map.ofEntries(
            Map.entry(2007, 716.76), Map.entry(2008, 688.17), Map.entry(2009, 774.79), Map.entry(2010, 737.18),
            Map.entry(2011, 750.00), Map.entry(2012, 727.15), Map.entry(2013, 721.77), Map.entry(2014, 683.99),
            Map.entry(2015, 755.12), Map.entry(2016, 739.75), Map.entry(2017, 750.57), Map.entry(2018, 710.94),
            Map.entry(2019, 720.17), Map.entry(2020, 676.18), Map.entry(2021, 683.65), Map.entry(2022, 676.27),
            Map.entry(2023, 693.91), Map.entry(2024, 764.30), Map.entry(2025, 767.10)));

    private CndrReplicaStudy() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "sample-data/scenarios/cndr-replica.json");
        Scenario s = ScenarioResolver.fromDefaultData().resolve(ScenarioJson.load(file));
        CampaignResult r = SimulationEngine.run(s, ProgressListener.NONE, new CancellationToken()).primary().result();
        double[] equity = r.samples().get(0).equity();
        List<LocalDate> dates = s.dates();
        Map<Integer, Double> yearEnd = new TreeMap<>();
        for (int t = 0; t < dates.size(); t++) {
            yearEnd.put(dates.get(t).getYear(), equity[t]);
        }
        System.out.println("year  replica   CNDR");
        Double previous = null;
        for (Map.Entry<Integer, Double> e : yearEnd.entrySet()) {
            int y = e.getKey();
            String replica = previous == null ? "" : String.format(Locale.ROOT, "%+6.1f %%", 100 * (e.getValue() / previous - 1));
            Double c0 = CNDR_YEAR_END.get(y - 1);
            Double c1 = CNDR_YEAR_END.get(y);
            String cndr = c0 == null || c1 == null ? "" : String.format(Locale.ROOT, "%+6.1f %%", 100 * (c1 / c0 - 1));
            System.out.printf(Locale.ROOT, "%d  %8s  %8s%n", y, replica, cndr);
            previous = e.getValue();
        }
        System.out.printf(Locale.ROOT, "trades %d, final equity %,.0f%n", r.trades().size(), equity[equity.length - 1]);
    }
}
