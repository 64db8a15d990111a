/** Risk metrics over simulated or historical P&L: distributions, VaR, CVaR, drawdown. */
package com.alvh.workbench.risk;
