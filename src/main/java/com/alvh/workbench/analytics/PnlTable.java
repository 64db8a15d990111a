package com.alvh.workbench.analytics;

import com.alvh.workbench.market.Act365;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * P&amp;L of a position by date (rows) and SPX price (columns), in USD against the entry value.
 *
 * @param days calendar days after the snapshot, one per row (ascending, &gt;= 0)
 * @param spots SPX prices, one per column (index points)
 * @param pnl {@code pnl[row][column]} in USD
 */
public record PnlTable(int[] days, double[] spots, double[][] pnl) {

    public PnlTable {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(spots, "spots");
        Objects.requireNonNull(pnl, "pnl");
        if (pnl.length != days.length) {
            throw new IllegalArgumentException("pnl must have one row per day (" + days.length + "), had " + pnl.length);
        }
        for (int i = 0; i < days.length; i++) {
            if (days[i] < 0) {
                throw new IllegalArgumentException("days must be >= 0, was " + days[i] + " at row " + i);
            }
            if (pnl[i].length != spots.length) {
                throw new IllegalArgumentException("pnl row " + i + " must have " + spots.length
                        + " columns, had " + pnl[i].length);
            }
        }
        days = days.clone();
        spots = spots.clone();
        double[][] copy = new double[pnl.length][];
        for (int i = 0; i < pnl.length; i++) {
            copy[i] = pnl[i].clone();
        }
        pnl = copy;
    }

    /** Days (a copy). */
    @Override
    public int[] days() {
        return days.clone();
    }

    /** Spots (a copy; index points). */
    @Override
    public double[] spots() {
        return spots.clone();
    }

    /** The table (a deep copy; USD). */
    @Override
    public double[][] pnl() {
        double[][] copy = new double[pnl.length][];
        for (int i = 0; i < pnl.length; i++) {
            copy[i] = pnl[i].clone();
        }
        return copy;
    }

    /**
     * One cell.
     *
     * @param row day index
     * @param column spot index
     * @return USD
     */
    public double pnlAt(int row, int column) {
        return pnl[row][column];
    }

    /**
     * Row labels as calendar dates.
     *
     * @param valuationDate the snapshot's date
     * @return {@code valuationDate + days[i]} per row
     */
    public LocalDate[] dates(LocalDate valuationDate) {
        Objects.requireNonNull(valuationDate, "valuationDate");
        LocalDate[] out = new LocalDate[days.length];
        for (int i = 0; i < days.length; i++) {
            out[i] = valuationDate.plusDays(days[i]);
        }
        return out;
    }

    /** Row labels as year fractions (Act/365). */
    public double[] years() {
        double[] out = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            out[i] = Act365.years(days[i]);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PnlTable t && Arrays.equals(days, t.days) && Arrays.equals(spots, t.spots)
                && Arrays.deepEquals(pnl, t.pnl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(days), Arrays.hashCode(spots), Arrays.deepHashCode(pnl));
    }

    @Override
    public String toString() {
        return "PnlTable[days=" + Arrays.toString(days) + ", spots=" + spots.length + " points]";
    }
}
