/** Scenario files (JSON) and their validated, resolved form. */
package com.alvh.workbench.scenario;
