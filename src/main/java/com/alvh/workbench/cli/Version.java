package com.alvh.workbench.cli;

import com.alvh.workbench.scenario.SoftwareVersion;
import picocli.CommandLine;

/** {@code --version}: the workbench and Java versions. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ALVH Workbench " + SoftwareVersion.current(), "Java " + System.getProperty("java.version")};
    }
}
