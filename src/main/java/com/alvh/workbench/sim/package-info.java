/** Market models and the Monte Carlo path engine. */
package com.alvh.workbench.sim;
