package com.alvh.workbench.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, strict reader for the plain comma-separated files in {@code sample-data/}: a header row,
 * then one row per date, no quoting. Every error names the file, the line and the column.
 */
public final class CsvTable {

    private final String source;
    private final Map<String, Integer> columnIndex;
    private final List<String[]> rows;
    private final int[] lineNumbers;

    private CsvTable(String source, Map<String, Integer> columnIndex, List<String[]> rows, int[] lineNumbers) {
        this.source = source;
        this.columnIndex = columnIndex;
        this.rows = rows;
        this.lineNumbers = lineNumbers;
    }

    /**
     * Reads a whole file.
     *
     * @param file the CSV file
     * @return the table
     * @throws IOException if the file cannot be read
     * @throws MarketDataException if the file is empty or a row has the wrong number of cells
     */
    public static CsvTable read(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            String source = file.getFileName().toString();
            if (header == null || header.isBlank()) {
                throw new MarketDataException(source + ": the file is empty (expected a header row)");
            }
            String[] names = header.strip().split(",", -1);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.put(names[i].strip().toLowerCase(Locale.ROOT), i);
            }
            List<String[]> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != names.length) {
                    throw new MarketDataException(source + " line " + lineNumber + ": expected "
                            + names.length + " cells, found " + cells.length);
                }
                rows.add(cells);
                lines.add(lineNumber);
            }
            return new CsvTable(source, index, rows, lines.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Number of data rows. */
    public int size() {
        return rows.size();
    }

    /** The file name this table came from, for messages. */
    public String source() {
        return source;
    }

    /**
     * Index of a column by case-insensitive name.
     *
     * @throws MarketDataException naming the missing column and the columns present
     */
    public int column(String name) {
        Integer i = columnIndex.get(name.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw new MarketDataException(source + ": no column '" + name + "' (columns: "
                    + Arrays.toString(columnIndex.keySet().stream().sorted().toArray()) + ")");
        }
        return i;
    }

    /** Parses an ISO date cell; the error names file, line and column. */
    public LocalDate date(int row, int column) {
        String cell = rows.get(row)[column].strip();
        try {
            return LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            throw new MarketDataException(where(row, column) + ": '" + cell + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    /**
     * The raw text of a cell, trimmed.
     *
     * @param row data row (0-based)
     * @param column column index
     * @return the text
     */
    public String text(int row, int column) {
        return rows.get(row)[column].strip();
    }

    /**
     * Parses a numeric cell; an empty cell is {@code NaN} (a missing observation), anything else
     * that is not a finite number is an error naming file, line and column.
     */
    public double number(int row, int column) {
        String cell = rows.get(row)[column].strip();
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(cell);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new MarketDataException(where(row, column) + ": '" + cell + "' is not a number");
        }
    }

    private String where(int row, int column) {
        return source + " line " + lineNumbers[row] + " column " + (column + 1);
    }
}
