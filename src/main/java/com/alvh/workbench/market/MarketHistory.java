package com.alvh.workbench.market;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Real daily history of SPX and the Cboe volatility indices, joined on SPX trading dates: the
 * input of historical replay, bootstrap and calibration.
 *
 * <p>Struct of arrays, one entry per SPX trading day, ascending. SPX and VIX closes are in index
 * points; VIX3M, VIX9D and VVIX are {@code NaN} on dates before their series start. On the four
 * SPX dates Cboe has no VIX row (1991-03-01, 1997-01-31, 1997-11-26, 1999-12-31) the previous VIX
 * close is carried forward and the date is flagged in {@link #vixCarriedForward(int)}; Cboe's
 * holiday-only VIX rows are dropped because the join is on SPX dates, and the history ends on the
 * last date both SPX and VIX have.
 *
 * <p>Where the folder has {@value #VIX_FUTURES_FILE} (Cboe VX daily settlements of the first
 * {@value #VIX_FUTURES_LISTED} monthly contracts, from 2007-04-02), each day also carries that day's
 * real VIX futures curve: the settles of M1..M8 and the trading days from the day to each contract's
 * expiry ({@link VixFutureExpiries}: M1 is the first contract expiring after the day). Days before the
 * file starts have none ({@link #hasVixFutures(int)} false).
 */
public final class MarketHistory {

    /** File names in the sample-data directory. */
    public static final String SPX_FILE = "spx_daily.csv";
    public static final String VIX_FILE = "vix_daily.csv";
    public static final String VOL_INDICES_FILE = "vol_indices_cboe_daily.csv";
    /** FRED DTB3, the 3-month T-bill rate (optional: the rates are NaN without it). */
    public static final String TBILL_FILE = "tbill_3m_daily_fred_dtb3.csv";
    /** Cboe VIX6M (optional: its closes are NaN without it). */
    public static final String VIX6M_FILE = "vix6m_daily.csv";
    /** Daily settlements of the first eight monthly VIX futures (optional). */
    public static final String VIX_FUTURES_FILE = "vx_futures_settle_m1_m8_daily.csv";
    /** Contracts per day in {@value #VIX_FUTURES_FILE}: M1..M8. */
    public static final int VIX_FUTURES_LISTED = 8;

    private final LocalDate[] dates;
    private final double[] spx;
    private final double[] vix;
    private final double[] vixOpen;
    private final double[] vix3m;
    private final double[] vix9d;
    private final double[] vvix;
    private final double[] vix6m;
    private final double[] spxOpen;
    private final double[] tbill;
    private final boolean[] vixCarried;
    private final EventCalendar events;
    /** VX settles, {@value #VIX_FUTURES_LISTED} per day (M1..M8), NaN on days without futures. */
    private final double[] vxSettle;
    /** Trading days from each day to the expiry of each of its contracts, as {@link #vxSettle}. */
    private final int[] vxDays;

    private MarketHistory(LocalDate[] dates, double[] spx, double[] vix, double[] vixOpen, double[] vix3m,
                          double[] vix9d, double[] vvix, double[] vix6m, double[] spxOpen, double[] tbill,
                          boolean[] vixCarried, EventCalendar events, double[] vxSettle, int[] vxDays) {
        this.dates = dates;
        this.spx = spx;
        this.vix = vix;
        this.vixOpen = vixOpen;
        this.vix3m = vix3m;
        this.vix9d = vix9d;
        this.vvix = vvix;
        this.vix6m = vix6m;
        this.spxOpen = spxOpen;
        this.tbill = tbill;
        this.vixCarried = vixCarried;
        this.events = events;
        this.vxSettle = vxSettle;
        this.vxDays = vxDays;
    }

    /**
     * Loads and joins the three files of {@code sample-data/}, starting at the first SPX date that
     * has a VIX close, with the calendar of scheduled events ({@link EventCalendar#loadIfPresent}) and
     * the VIX futures settlements ({@value #VIX_FUTURES_FILE}) if the folder has them.
     *
     * @param directory the folder holding {@value #SPX_FILE}, {@value #VIX_FILE}, {@value #VOL_INDICES_FILE}
     * @return the joined history
     * @throws IOException if a file cannot be read
     * @throws MarketDataException if a file is malformed (the message names file, line and column)
     */
    public static MarketHistory load(Path directory) throws IOException {
        CsvTable spxTable = CsvTable.read(directory.resolve(SPX_FILE));
        CsvTable vixTable = CsvTable.read(directory.resolve(VIX_FILE));
        CsvTable volTable = CsvTable.read(directory.resolve(VOL_INDICES_FILE));

        Map<LocalDate, Double> vixByDate = closesByDate(vixTable, "DATE", "CLOSE");
        Map<LocalDate, Double> vixOpenByDate = closesByDate(vixTable, "DATE", "OPEN");
        Map<LocalDate, Double> vix3mByDate = closesByDate(volTable, "date", "vix3m_close");
        Map<LocalDate, Double> vix9dByDate = closesByDate(volTable, "date", "vix9d_close");
        Map<LocalDate, Double> vvixByDate = closesByDate(volTable, "date", "vvix_close");
        Path vix6mFile = directory.resolve(VIX6M_FILE);
        Map<LocalDate, Double> vix6mByDate = java.nio.file.Files.exists(vix6mFile)
                ? closesByDate(CsvTable.read(vix6mFile), "DATE", "CLOSE") : Map.of();
        Path tbillFile = directory.resolve(TBILL_FILE);
        java.util.TreeMap<LocalDate, Double> tbillByDate = new java.util.TreeMap<>(java.nio.file.Files.exists(tbillFile)
                ? closesByDate(CsvTable.read(tbillFile), "observation_date", "DTB3") : Map.of());

        // The history ends with the shorter of SPX and VIX: carrying VIX past its last row would
        // invent data; only the four interior gaps are carried forward.
        LocalDate lastVixDate = vixByDate.keySet().stream().max(LocalDate::compareTo)
                .orElseThrow(() -> new MarketDataException(VIX_FILE + ": no VIX close"));
        int dateCol = spxTable.column("date");
        int closeCol = spxTable.column("close");
        int openCol = spxTable.column("open");
        int n = spxTable.size();
        LocalDate[] dates = new LocalDate[n];
        double[] spx = new double[n];
        double[] vix = new double[n];
        double[] vixOpen = new double[n];
        double[] vix3m = new double[n];
        double[] vix9d = new double[n];
        double[] vvix = new double[n];
        double[] vix6m = new double[n];
        double[] spxOpen = new double[n];
        double[] tbill = new double[n];
        boolean[] carried = new boolean[n];
        int count = 0;
        LocalDate previous = null;
        for (int row = 0; row < n; row++) {
            LocalDate date = spxTable.date(row, dateCol);
            if (previous != null && !date.isAfter(previous)) {
                throw new MarketDataException(spxTable.source() + ": dates must ascend, " + date
                        + " follows " + previous);
            }
            previous = date;
            double close = spxTable.number(row, closeCol);
            if (!(close > 0.0)) {
                throw new MarketDataException(spxTable.source() + ": close on " + date
                        + " must be a positive number, was " + close);
            }
            if (date.isAfter(lastVixDate)) {
                continue; // validated, but past the end of VIX history
            }
            Double v = vixByDate.get(date);
            if (v == null) {
                if (count == 0) {
                    continue; // before VIX history starts
                }
                v = vix[count - 1];
                carried[count] = true;
            }
            dates[count] = date;
            spx[count] = close;
            vix[count] = v;
            // A carried day has no open of its own: its open is its (carried) close.
            vixOpen[count] = carried[count] ? v : vixOpenByDate.getOrDefault(date, v);
            vix3m[count] = vix3mByDate.getOrDefault(date, Double.NaN);
            vix9d[count] = vix9dByDate.getOrDefault(date, Double.NaN);
            vvix[count] = vvixByDate.getOrDefault(date, Double.NaN);
            vix6m[count] = vix6mByDate.getOrDefault(date, Double.NaN);
            double open = spxTable.number(row, openCol);
            spxOpen[count] = open > 0.0 ? open : Double.NaN;
            // The latest quote on or before the day (FRED leaves holidays empty; the file ends before the
            // history does), as a continuous rate.
            Map.Entry<LocalDate, Double> rate = tbillByDate.floorEntry(date);
            tbill[count] = rate == null ? Double.NaN : continuousFromDiscount(rate.getValue());
            count++;
        }
        if (count == 0) {
            throw new MarketDataException("no SPX date in " + SPX_FILE + " has a VIX close in " + VIX_FILE);
        }
        LocalDate[] days = Arrays.copyOf(dates, count);
        double[] settles = new double[count * VIX_FUTURES_LISTED];
        int[] toExpiry = new int[count * VIX_FUTURES_LISTED];
        Arrays.fill(settles, Double.NaN);
        Path futuresFile = directory.resolve(VIX_FUTURES_FILE);
        if (Files.exists(futuresFile)) {
            joinVixFutures(CsvTable.read(futuresFile), days, settles, toExpiry);
        }
        return new MarketHistory(days, Arrays.copyOf(spx, count), Arrays.copyOf(vix, count),
                Arrays.copyOf(vixOpen, count), Arrays.copyOf(vix3m, count), Arrays.copyOf(vix9d, count), Arrays.copyOf(vvix, count),
                Arrays.copyOf(vix6m, count), Arrays.copyOf(spxOpen, count), Arrays.copyOf(tbill, count),
                Arrays.copyOf(carried, count), EventCalendar.loadIfPresent(directory), settles, toExpiry);
    }

    /**
     * Joins the VX settlements onto the trading days: for each day with a row, M1..M8 and the trading
     * days to their expiries, counted on the history's own dates (the SPX trading days) and, past its
     * last day, by {@link TradingCalendar}. Rows on dates outside the history (e.g. 2025-01-09, when
     * CFE traded and the stock market was closed) are left out.
     */
    private static void joinVixFutures(CsvTable table, LocalDate[] days, double[] settles, int[] toExpiry) {
        int dateCol = table.column("date");
        int[] cols = new int[VIX_FUTURES_LISTED];
        for (int k = 0; k < VIX_FUTURES_LISTED; k++) {
            cols[k] = table.column("M" + (k + 1));
        }
        LocalDate previous = null;
        for (int row = 0; row < table.size(); row++) {
            LocalDate date = table.date(row, dateCol);
            if (previous != null && !date.isAfter(previous)) {
                throw new MarketDataException(table.source() + ": dates must ascend, " + date + " follows " + previous);
            }
            previous = date;
            double[] m = new double[VIX_FUTURES_LISTED];
            for (int k = 0; k < VIX_FUTURES_LISTED; k++) {
                m[k] = table.number(row, cols[k]);
                if (!(m[k] > 0.0)) {
                    throw new MarketDataException(table.source() + ": M" + (k + 1) + " on " + date
                            + " must be a positive settlement price, was " + m[k]);
                }
            }
            int i = Arrays.binarySearch(days, date);
            if (i < 0) {
                continue;
            }
            LocalDate[] expiries = VixFutureExpiries.listed(date, VIX_FUTURES_LISTED);
            for (int k = 0; k < VIX_FUTURES_LISTED; k++) {
                settles[i * VIX_FUTURES_LISTED + k] = m[k];
                toExpiry[i * VIX_FUTURES_LISTED + k] = tradingDaysFrom(days, i, expiries[k]);
            }
        }
    }

    /** Trading days from day {@code i} to {@code date} (after it): on the history's dates, then the calendar. */
    private static int tradingDaysFrom(LocalDate[] days, int i, LocalDate date) {
        int last = days.length - 1;
        if (!date.isAfter(days[last])) {
            int j = Arrays.binarySearch(days, date);
            return (j >= 0 ? j : -j - 1) - i;
        }
        return (last - i) + TradingCalendar.tradingDaysAfter(days[last], date);
    }

    private static Map<LocalDate, Double> closesByDate(CsvTable table, String dateColumn, String valueColumn) {
        int dateCol = table.column(dateColumn);
        int valueCol = table.column(valueColumn);
        Map<LocalDate, Double> map = new HashMap<>(table.size() * 2);
        for (int row = 0; row < table.size(); row++) {
            double value = table.number(row, valueCol);
            if (!Double.isNaN(value)) {
                map.put(table.date(row, dateCol), value);
            }
        }
        return map;
    }

    /**
     * The trading days from {@code from} to {@code to}, both inclusive.
     *
     * @throws MarketDataException if the range is empty, reversed or outside the history
     */
    public MarketHistory between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new MarketDataException("date range is reversed: from " + from + " is after to " + to);
        }
        if (to.isBefore(dates[0]) || from.isAfter(dates[dates.length - 1])) {
            throw new MarketDataException("date range " + from + ".." + to + " is outside the history "
                    + dates[0] + ".." + dates[dates.length - 1]);
        }
        int start = firstIndexOnOrAfter(from);
        int end = firstIndexOnOrAfter(to.plusDays(1));
        if (end <= start) {
            throw new MarketDataException("no trading day between " + from + " and " + to);
        }
        return new MarketHistory(Arrays.copyOfRange(dates, start, end), Arrays.copyOfRange(spx, start, end),
                Arrays.copyOfRange(vix, start, end), Arrays.copyOfRange(vixOpen, start, end),
                Arrays.copyOfRange(vix3m, start, end),
                Arrays.copyOfRange(vix9d, start, end), Arrays.copyOfRange(vvix, start, end),
                Arrays.copyOfRange(vix6m, start, end), Arrays.copyOfRange(spxOpen, start, end),
                Arrays.copyOfRange(tbill, start, end), Arrays.copyOfRange(vixCarried, start, end), events,
                Arrays.copyOfRange(vxSettle, start * VIX_FUTURES_LISTED, end * VIX_FUTURES_LISTED),
                Arrays.copyOfRange(vxDays, start * VIX_FUTURES_LISTED, end * VIX_FUTURES_LISTED));
    }

    /** The calendar of scheduled events (FOMC, CPI, PPI, NFP) loaded with this history; empty if none. */
    public EventCalendar events() {
        return events;
    }

    /** A copy with another event calendar. */
    public MarketHistory withEvents(EventCalendar calendar) {
        return new MarketHistory(dates, spx, vix, vixOpen, vix3m, vix9d, vvix, vix6m, spxOpen, tbill, vixCarried,
                calendar == null ? EventCalendar.EMPTY : calendar, vxSettle, vxDays);
    }

    private int firstIndexOnOrAfter(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -i - 1;
    }

    /** Number of trading days. */
    public int size() {
        return dates.length;
    }

    /** Trading date of day {@code i}. */
    public LocalDate date(int i) {
        return dates[i];
    }

    /** SPX close on day {@code i} (index points). */
    public double spxClose(int i) {
        return spx[i];
    }

    /** VIX close on day {@code i} (index points). */
    public double vixClose(int i) {
        return vix[i];
    }

    /**
     * VIX open on day {@code i} (index points): Cboe's first value of the day; before 2004 Cboe kept only
     * closes and the open equals the close. The stand-in for the special opening quotation VIX futures
     * and options settle on.
     */
    public double vixOpen(int i) {
        return vixOpen[i];
    }

    /** VIX3M close on day {@code i} (index points), {@code NaN} before 2009-09-18. */
    public double vix3mClose(int i) {
        return vix3m[i];
    }

    /** VIX9D close on day {@code i} (index points), {@code NaN} before 2011-01-04. */
    public double vix9dClose(int i) {
        return vix9d[i];
    }

    /** VIX6M close on day {@code i} (index points), {@code NaN} before 2008-01-02 or without its file. */
    public double vix6mClose(int i) {
        return vix6m[i];
    }

    /**
     * SPX open on day {@code i} (index points), {@code NaN} where the file has none. Yahoo's open is the
     * index's first print: it equals the previous close on most days before 2007 and on about a third of
     * the days of 2011-2013.
     */
    public double spxOpen(int i) {
        return spxOpen[i];
    }

    /**
     * The 3-month T-bill rate on day {@code i} as a continuous rate per year: FRED DTB3 (discount basis,
     * percent) of that day, or the latest before it (holidays; after the file's last date, 2026-03-26);
     * {@code NaN} before 2006-03-27 or without the file.
     */
    public double tbillRate(int i) {
        return tbill[i];
    }

    /** A T-bill discount rate (percent, 91 days on a 360-day basis) as a continuous rate per year. */
    static double continuousFromDiscount(double percent) {
        return -Math.log(1.0 - percent / 100.0 * 91.0 / 360.0) / (91.0 / 365.0);
    }

    /** VVIX close on day {@code i} (index points), {@code NaN} where Cboe has none. */
    public double vvixClose(int i) {
        return vvix[i];
    }

    /** Whether day {@code i} has the real VIX futures curve (a row of {@value #VIX_FUTURES_FILE}). */
    public boolean hasVixFutures(int i) {
        return !Double.isNaN(vxSettle[i * VIX_FUTURES_LISTED]);
    }

    /**
     * The settlement price of the {@code k}-th listed VX contract on day {@code i}.
     *
     * @param i the day
     * @param k 0 for M1 (the front month) .. {@value #VIX_FUTURES_LISTED} - 1 for M8
     * @return the settle in VIX index points, NaN on a day without futures
     */
    public double vixFutureSettle(int i, int k) {
        return vxSettle[i * VIX_FUTURES_LISTED + checkContract(k)];
    }

    /**
     * Trading days from day {@code i} to the expiry of its {@code k}-th listed VX contract (&gt;= 1);
     * meaningful only where {@link #hasVixFutures(int)}.
     *
     * @param i the day
     * @param k 0 for M1 .. 7 for M8
     */
    public int vixFutureTradingDays(int i, int k) {
        return vxDays[i * VIX_FUTURES_LISTED + checkContract(k)];
    }

    /** The expiry date of day {@code i}'s {@code k}-th listed VX contract (0 = M1). */
    public LocalDate vixFutureExpiry(int i, int k) {
        return VixFutureExpiries.listed(dates[i], VIX_FUTURES_LISTED)[checkContract(k)];
    }

    /** The first day with VIX futures, or null if none has them. */
    public LocalDate firstVixFuturesDate() {
        for (int i = 0; i < dates.length; i++) {
            if (hasVixFutures(i)) {
                return dates[i];
            }
        }
        return null;
    }

    private static int checkContract(int k) {
        if (k < 0 || k >= VIX_FUTURES_LISTED) {
            throw new IllegalArgumentException("contract index must be in 0.." + (VIX_FUTURES_LISTED - 1) + ", was " + k);
        }
        return k;
    }

    /** Whether day {@code i}'s VIX is the previous close carried forward (Cboe has no row). */
    public boolean vixCarriedForward(int i) {
        return vixCarried[i];
    }

    /** All SPX closes (a copy, index points). */
    public double[] spxCloses() {
        return spx.clone();
    }

    /** All VIX closes (a copy, index points). */
    public double[] vixCloses() {
        return vix.clone();
    }

    /** All VIX3M closes (a copy, index points, NaN where missing). */
    public double[] vix3mCloses() {
        return vix3m.clone();
    }

    /** All dates (a copy). */
    public LocalDate[] dates() {
        return dates.clone();
    }
}
