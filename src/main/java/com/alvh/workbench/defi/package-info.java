/** DeFi analogues: AMM maths, liquidity positions, insurance pools, farming, tail risk. */
package com.alvh.workbench.defi;
