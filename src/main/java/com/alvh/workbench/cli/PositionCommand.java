package com.alvh.workbench.cli;

import com.alvh.workbench.market.Act365;
import com.alvh.workbench.market.VolIndexTerm;
import com.alvh.workbench.pricing.BlackScholes;
import com.alvh.workbench.scenario.MarketSpec;
import com.alvh.workbench.scenario.OccPositionCsv;
import com.alvh.workbench.scenario.ScenarioJson;
import com.alvh.workbench.scenario.ScenarioSpec;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.EquityPosition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code position import}: a position from a CSV of legs with OCC symbols, into a scenario file. */
@Command(name = "position", mixinStandardHelpOptions = true, description = "Positions stated leg by leg.",
        subcommands = {PositionCommand.Import.class})
final class PositionCommand {

    /** Largest legs file read (bytes). */
    static final long MAX_FILE_BYTES = 1L << 20;

    private PositionCommand() {
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Reads a CSV of legs (symbol,quantity,price; OCC symbols such as 'SPXW  250321P05600000'), "
                    + "shows each leg's model mark at the scenario's market next to its price, and with --out writes "
                    + "the scenario with this position (held to expiry from --as-of).")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "LEGS", description = "CSV of legs: symbol,quantity,price") Path file;
        @Option(names = "--as-of", required = true, description = "the date the position is held from (YYYY-MM-DD)") String asOf;
        @Option(names = "--scenario", required = true, description = "the scenario whose market and policy it joins") Path scenario;
        @Option(names = "--out", description = "write the scenario with this position here") Path out;
        @Option(names = "--name", description = "the position's name (default: the legs file's name)") String name;
        @Spec CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            LocalDate date;
            try {
                date = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new BadInputException("--as-of: '" + asOf + "' is not a date (YYYY-MM-DD)");
            }
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BadInputException(file + ": " + Files.size(file) + " bytes; a legs file is at most "
                        + MAX_FILE_BYTES);
            }
            OccPositionCsv.Imported legs = OccPositionCsv.read(Files.readString(file, StandardCharsets.UTF_8),
                    file.toString());
            if (!Files.exists(scenario)) {
                throw new NoSuchFileException(scenario.toString());
            }
            ScenarioSpec base = ScenarioJson.load(scenario);
            String label = name != null ? name : file.getFileName().toString().replaceFirst("\\.csv$", "");
            EquityPosition position;
            try {
                position = legs.toPosition(date, label.isBlank() ? "Imported position" : label,
                        CondorManagement.HOLD_TO_EXPIRY);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--as-of: " + e.getMessage());
            }
            ScenarioSpec result = base.withPosition(position);
            PrintWriter w = spec.commandLine().getOut();
            MarketSpec m = base.market();
            int days = position.expiry().typicalDays();
            double t = Act365.years(days);
            double level = VolIndexTerm.meanReverting(m.vix(), m.vixCurve().longRunLevel(), m.vixCurve().meanReversion(), t);
            w.printf(Locale.ROOT, "%s: %d legs expiring %s, %d days after %s, settled at the %s%n", label,
                    legs.legs().size(), legs.expiry(), days, date, position.settlement().name().toLowerCase(Locale.ROOT));
            w.printf(Locale.ROOT, "  model marks at the scenario's market: SPX %.2f, vol level %.2f for %d days%n",
                    m.spot(), level, days);
            double atPrices = 0;
            double atModel = 0;
            for (OccPositionCsv.Leg l : legs.legs()) {
                double forward = m.spot() * Math.exp((m.rate() - m.dividendYield()) * t);
                double vol = m.skew().vol(forward, l.strike(), t, level);
                double mid = BlackScholes.price(l.type(), m.spot(), l.strike(), t, m.rate(), m.dividendYield(), vol);
                atPrices -= l.quantity() * l.price() * 100;
                atModel -= l.quantity() * mid * 100;
                w.printf(Locale.ROOT, "  line %d: %-28s model %.2f (vol %.1f %%)%n", l.line(), OccPositionCsv.describe(l), mid,
                        100 * vol);
            }
            w.printf(Locale.ROOT, "  cash at your prices %,.2f USD, at model mids %,.2f USD%n", atPrices, atModel);
            if (out != null) {
                ScenarioJson.save(result, out);
                w.println("wrote " + out);
            }
            return AlvhCli.OK;
        }
    }
}
