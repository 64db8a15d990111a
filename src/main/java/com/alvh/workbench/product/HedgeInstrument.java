package com.alvh.workbench.product;

/**
 * The instruments an ALVH hedge layer can hold. Each is immutable, carries its expiry as a year
 * fraction (Act/365) from the valuation instant, a signed quantity of contracts (&gt; 0 long)
 * and its exchange contract multiplier:
 * <ul>
 *   <li>{@link VixCall}, {@link VixCallSpread}: Cboe VIX options, USD 100 per VIX point;
 *       priced with Black-76 on the VIX future of the same expiry, never on spot VIX
 *       (a VIX option settles on the same special opening quotation as that future);</li>
 *   <li>{@link VixFuture}: Cboe VX future, USD 1,000 per VIX point;</li>
 *   <li>{@link SpxPut}: SPX put, USD 100 per SPX point.</li>
 * </ul>
 */
public sealed interface HedgeInstrument permits VixCall, VixCallSpread, VixFuture, SpxPut {

    /** USD per index point per contract for VIX and SPX options. */
    double OPTION_MULTIPLIER = 100.0;

    /** USD per VIX point per VX futures contract. */
    double VIX_FUTURE_MULTIPLIER = 1000.0;

    /** Years to expiry (Act/365). */
    double expiry();

    /** Signed number of contracts (spreads for a spread): &gt; 0 long. */
    double quantity();

    /** USD per index point per contract. */
    double multiplier();

    /** A copy with another signed quantity. */
    HedgeInstrument withQuantity(double newQuantity);

    /** A display name, e.g. "VIX 25 call". */
    String name();
}
