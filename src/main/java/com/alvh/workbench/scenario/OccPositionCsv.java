package com.alvh.workbench.scenario;

import com.alvh.workbench.pricing.OptionType;
import com.alvh.workbench.sim.CondorManagement;
import com.alvh.workbench.sim.EquityPosition;
import com.alvh.workbench.sim.LegStrike;
import com.alvh.workbench.sim.PositionExpiry;
import com.alvh.workbench.sim.PositionLeg;
import com.alvh.workbench.sim.PositionSize;
import com.alvh.workbench.sim.Settlement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A position imported from a CSV of legs written with OCC option symbols, one leg a line:
 * {@code symbol,quantity,price}, e.g. {@code SPXW  250321P05600000,-10,12.35}. The symbol is the OCC
 * (OSI) form: the root padded to six characters (or not padded), the expiry as YYMMDD, {@code C} or
 * {@code P}, and the strike times 1000 in eight digits. Quantity is signed contracts (short &lt; 0);
 * price is what one contract traded at, in index points (kept for comparison with the model's marks).
 * A first line {@code symbol,quantity,price} is a header; blank lines and lines starting with {@code #}
 * are skipped. Every problem is reported with its line ({@code line 3}), all at once.
 *
 * <p>Only SPX options: roots {@code SPX} (standard monthlies, AM-settled: the position settles at the
 * expiry day's open) and {@code SPXW} (PM-settled). All legs must share one expiry, and no option may be
 * given twice.
 */
public final class OccPositionCsv {

    /** Most legs read (a position has at most {@link EquityPosition#MAX_LEGS}). */
    public static final int MAX_LINES = 10_000;

    /**
     * One leg as the file states it.
     *
     * @param line its line number (from 1)
     * @param root SPX or SPXW
     * @param type put or call
     * @param strike index points
     * @param quantity signed contracts
     * @param price per contract, index points (&gt;= 0)
     */
    public record Leg(int line, String root, OptionType type, double strike, double quantity, double price) {
    }

    /**
     * The imported legs and their shared expiry.
     *
     * @param legs in file order
     * @param expiry the options' expiry date
     */
    public record Imported(List<Leg> legs, LocalDate expiry) {

        public Imported {
            legs = List.copyOf(legs);
        }

        /** Whether the legs are standard monthly SPX options (AM-settled), not SPXW. */
        public boolean amSettled() {
            return legs.stream().allMatch(l -> l.root().equals("SPX"));
        }

        /**
         * The position as of a date: the legs at their absolute strikes and signed quantities (one unit
         * of the position), expiring the calendar days from {@code asOf} to the options' expiry, settled
         * at the open for SPX monthlies and at the close for SPXW.
         *
         * @param asOf the date the position is held from (a replay's first day, or today)
         * @param name the position's name
         * @param management its rules (typically {@link CondorManagement#HOLD_TO_EXPIRY})
         * @throws IllegalArgumentException if the options expire on or before {@code asOf}
         */
        public EquityPosition toPosition(LocalDate asOf, String name, CondorManagement management) {
            long days = ChronoUnit.DAYS.between(asOf, expiry);
            if (days < 1 || days > 3650) {
                throw new IllegalArgumentException("the options expire on " + expiry + ", " + days
                        + " days from " + asOf + "; must be 1 to 3650 days after it");
            }
            List<PositionLeg> out = new ArrayList<>();
            for (Leg l : legs) {
                out.add(new PositionLeg(l.type(), l.quantity(), new LegStrike.Absolute(l.strike())));
            }
            return new EquityPosition(name, out, new PositionExpiry.Days((int) days), new PositionSize.Contracts(1.0),
                    management, amSettled() ? Settlement.OPEN : Settlement.CLOSE);
        }
    }

    private OccPositionCsv() {
    }

    /**
     * Reads a CSV of legs.
     *
     * @param text the file's text
     * @param source where it came from, for messages
     * @return the legs and their expiry
     * @throws ScenarioException listing every problem with its line
     */
    public static Imported read(String text, String source) {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Leg> legs = new ArrayList<>();
        LocalDate expiry = null;
        int expiryLine = 0;
        String[] lines = text.split("\r\n|\n|\r", -1);
        if (lines.length > MAX_LINES) {
            throw new ScenarioException(source, List.of(new ScenarioProblem("$", "the file has " + lines.length
                    + " lines; a position is at most " + EquityPosition.MAX_LEGS + " legs")));
        }
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            String where = "line " + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (legs.isEmpty() && problems.isEmpty() && f.length > 0 && f[0].strip().equalsIgnoreCase("symbol")) {
                continue; // the header
            }
            if (f.length != 3) {
                problems.add(new ScenarioProblem(where, "expected 3 fields (symbol,quantity,price), found " + f.length));
                continue;
            }
            int before = problems.size();
            Symbol symbol = parseSymbol(f[0], where, problems);
            double quantity = number(f[1], "quantity", where, problems);
            double price = number(f[2], "price", where, problems);
            if (!Double.isNaN(quantity) && (quantity == 0.0 || Math.abs(quantity) > PositionLeg.MAX_QUANTITY)) {
                problems.add(new ScenarioProblem(where, "quantity must be non-zero with |quantity| <= "
                        + (long) PositionLeg.MAX_QUANTITY + ", was " + f[1].strip()));
            }
            if (!Double.isNaN(price) && price < 0.0) {
                problems.add(new ScenarioProblem(where, "price must be >= 0, was " + f[2].strip()));
            }
            if (problems.size() != before || symbol == null) {
                continue;
            }
            if (expiry == null) {
                expiry = symbol.expiry();
                expiryLine = n + 1;
            } else if (!expiry.equals(symbol.expiry())) {
                problems.add(new ScenarioProblem(where, "expiry " + symbol.expiry() + " differs from line " + expiryLine
                        + "'s " + expiry + " (a position's legs share one expiry)"));
                continue;
            }
            for (Leg other : legs) {
                if (other.type() == symbol.type() && other.strike() == symbol.strike() && other.root().equals(symbol.root())) {
                    problems.add(new ScenarioProblem(where, "the same option as line " + other.line()
                            + " (give each option once, with its net quantity)"));
                }
            }
            legs.add(new Leg(n + 1, symbol.root(), symbol.type(), symbol.strike(), quantity, price));
        }
        if (legs.isEmpty() && problems.isEmpty()) {
            problems.add(new ScenarioProblem("$", "no legs: expected lines of symbol,quantity,price"));
        }
        if (legs.size() > EquityPosition.MAX_LEGS) {
            problems.add(new ScenarioProblem("$", "a position has at most " + EquityPosition.MAX_LEGS + " legs, the file "
                    + legs.size()));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(source, problems);
        }
        return new Imported(legs, expiry);
    }

    /** An OCC symbol's parts. */
    private record Symbol(String root, LocalDate expiry, OptionType type, double strike) {
    }

    /**
     * Parses {@code ROOT YYMMDD C|P STRIKE(8 digits, x1000)}; the root may be padded with spaces to six
     * characters or not padded at all.
     */
    private static Symbol parseSymbol(String field, String where, List<ScenarioProblem> problems) {
        String s = field.strip();
        String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        String format = "is not an OCC option symbol (root, YYMMDD, C or P, strike x 1000 in 8 digits, e.g. "
                + "SPXW  250321P05600000)";
        if (s.length() < 16 || s.length() > 21) {
            problems.add(new ScenarioProblem(where, "'" + shown + "' " + format));
            return null;
        }
        String tail = s.substring(s.length() - 15);
        String root = s.substring(0, s.length() - 15).strip();
        String date = tail.substring(0, 6);
        char cp = tail.charAt(6);
        String strike = tail.substring(7);
        if (root.isEmpty() || !date.chars().allMatch(Character::isDigit) || !strike.chars().allMatch(Character::isDigit)
                || (cp != 'C' && cp != 'P')) {
            problems.add(new ScenarioProblem(where, "'" + shown + "' " + format));
            return null;
        }
        if (!root.equals("SPX") && !root.equals("SPXW")) {
            problems.add(new ScenarioProblem(where, "root '" + root + "' is not an SPX option root (SPX or SPXW)"));
            return null;
        }
        LocalDate expiry;
        try {
            expiry = LocalDate.of(2000 + Integer.parseInt(date.substring(0, 2)), Integer.parseInt(date.substring(2, 4)),
                    Integer.parseInt(date.substring(4, 6)));
        } catch (DateTimeException e) {
            problems.add(new ScenarioProblem(where, "expiry '" + date + "' in '" + shown + "' is not a date (YYMMDD)"));
            return null;
        }
        double k = Long.parseLong(strike) / 1000.0;
        if (!(k > 0.0)) {
            problems.add(new ScenarioProblem(where, "strike in '" + shown + "' must be > 0"));
            return null;
        }
        return new Symbol(root, expiry, cp == 'C' ? OptionType.CALL : OptionType.PUT, k);
    }

    private static double number(String field, String name, String where, List<ScenarioProblem> problems) {
        String s = field.strip();
        try {
            double v = Double.parseDouble(s);
            if (Double.isFinite(v) && !s.endsWith("d") && !s.endsWith("D") && !s.endsWith("f") && !s.endsWith("F")) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        problems.add(new ScenarioProblem(where, name + " '" + shown + "' is not a number"));
        return Double.NaN;
    }

    /** One line for a leg, e.g. "-10 SPXW put 5600 @ 12.35". */
    public static String describe(Leg l) {
        return String.format(Locale.ROOT, "%+.0f %s %s %.0f @ %.2f", l.quantity(), l.root(),
                l.type() == OptionType.PUT ? "put" : "call", l.strike(), l.price());
    }
}
