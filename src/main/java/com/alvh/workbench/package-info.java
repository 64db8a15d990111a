/**
 * ALVH Workbench: a risk-simulation workbench for the Adaptive Layered VIX Hedge.
 *
 * <p>Layers (arrows point down, held by {@code ArchitectureTest}): {@code ui}, {@code cli} over
 * {@code report}, {@code chart} over {@code scenario} over {@code sim}, {@code hedge}, {@code defi}
 * over {@code risk}, {@code analytics} over {@code product}, {@code pricing} over {@code market},
 * {@code math}. See {@code ARCHITECTURE.md}.
 */
package com.alvh.workbench;
