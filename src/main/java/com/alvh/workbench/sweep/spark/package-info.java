/**
 * The Apache Spark executor of sweeps, the only package that sees Spark (an ArchUnit rule). Spark is a
 * {@code provided} dependency: present for the tests and the command line run through Maven or
 * {@code spark-submit}, absent from the desktop app; {@code sweep.SweepExecutors} reaches this package
 * by reflection after checking that Spark is there.
 */
package com.alvh.workbench.sweep.spark;
