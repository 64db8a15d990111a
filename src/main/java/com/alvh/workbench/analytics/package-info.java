/** Position analytics built on products and pricing: credit, max profit and loss, break-evens, probability of profit, greeks, payoff grids, parity checks. */
package com.alvh.workbench.analytics;
