/** Market state, time series and calendars: what the market is at one instant or along history. */
package com.alvh.workbench.market;
