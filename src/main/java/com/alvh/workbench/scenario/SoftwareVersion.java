package com.alvh.workbench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The workbench's version, stamped into reports and shown by {@code --version}. */
public final class SoftwareVersion {

    private SoftwareVersion() {
    }

    /**
     * The version from the build ({@code alvh-version.properties}, filtered by Maven from the pom),
     * e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} if the resource is missing.
     */
    public static String current() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("/alvh-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
