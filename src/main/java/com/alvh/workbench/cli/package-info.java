/** The headless command line (picocli). */
package com.alvh.workbench.cli;
