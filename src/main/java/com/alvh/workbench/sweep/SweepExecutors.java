package com.alvh.workbench.sweep;

/**
 * Makes the executors by name, for the faces: the local one, or Spark's when Spark is on the class
 * path (it is a {@code provided} dependency: present under Maven and {@code spark-submit}, absent
 * from the packaged app).
 */
public final class SweepExecutors {

    private static final String SPARK_EXECUTOR = "com.alvh.workbench.sweep.spark.SparkSweepExecutor";

    private SweepExecutors() {
    }

    /** Whether Apache Spark is on the class path. */
    public static boolean sparkAvailable() {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SweepExecutors.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts a Spark executor (its own context, stopped by {@code close}).
     *
     * @param master the master URL, or null for {@code spark-submit}'s ({@code local[*]} without one)
     * @return the executor
     * @throws IllegalStateException if Spark is not on the class path, saying how to run with it
     */
    public static SweepExecutor spark(String master) {
        if (!sparkAvailable()) {
            throw new IllegalStateException("Apache Spark is not on the class path: run the sweep through Maven"
                    + " (./mvnw exec:java) or submit it with spark-submit and the thin jar (README, Sweeps on a cluster)");
        }
        try {
            return (SweepExecutor) Class.forName(SPARK_EXECUTOR).getMethod("start", String.class).invoke(null, master);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot start Spark: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start Spark: " + e, e);
        }
    }
}
