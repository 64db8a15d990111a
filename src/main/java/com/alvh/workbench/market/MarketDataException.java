package com.alvh.workbench.market;

/** Bad or missing market data; the message names the file, line, column or date at fault. */
public class MarketDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public MarketDataException(String message) {
        super(message);
    }
}
