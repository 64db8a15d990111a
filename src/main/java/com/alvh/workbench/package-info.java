/**
 * ALVH Workbench: a risk-simulation workbench for the Adaptive Layered VIX Hedge.
 *
 * <p>Layers (arrows point down, held by {@code ArchitectureTest}): {@code ui}, {@code cli} over
 * {@code report}, {@code chart} over {@code sweep} over {@code scenario} over {@code sim}, {@code hedge},
 * {@code defi} over {@code risk}, {@code analytics} over {@code product}, {@code pricing} over
 * {@code market}, {@code math}, with {@code io} at the bottom. See {@code docs/architecture.md}.
 */
package com.alvh.workbench;
