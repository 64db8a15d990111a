/**
 * Policy sweeps: many hedge policies evaluated on one set of market paths (common random numbers),
 * the cost-versus-tail frontier, and the executors that run them on all cores or on Apache Spark
 * ({@code sweep.spark}, the only place that sees Spark). Sits above {@code scenario}: a sweep file is
 * read there, expanded and run here; reports and faces show the result.
 */
package com.alvh.workbench.sweep;
