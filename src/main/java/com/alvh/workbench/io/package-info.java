/**
 * Files the product writes and reads, with no domain knowledge: whole-file atomic writes that keep
 * permissions and follow symbolic links ({@link com.alvh.workbench.io.AtomicFiles}), bounded UTF-8
 * reads of regular files ({@link com.alvh.workbench.io.TextFiles}), CSV cells that a spreadsheet cannot
 * run ({@link com.alvh.workbench.io.CsvCells}). At the bottom of the layers beside {@code math}, so every
 * layer that writes or reads a file uses the same code.
 */
package com.alvh.workbench.io;
