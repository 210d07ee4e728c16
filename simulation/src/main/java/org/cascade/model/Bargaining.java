package org.cascade.model;

/**
 * Border bargaining between two governments (MODEL.md 7.11). A round of talks is an offer by one side (they alternate,
 * as in Rubinstein 1982) to split the surplus of a settlement: what the two stand to lose by keeping the dispute open
 * (trade, investment and trust at stake, the risk of a clash) less what a deal costs them at home (audience costs) and
 * the value they put on the contested land. Under complete information the offer is always accepted; each side's
 * resolve is private, though (Fearon 1995), so the proposer cannot tell the responder's reservation value exactly:
 * with a logistic spread of scale {@code noise} the offer meets it with probability
 * 1 / (1 + exp(-(responder's share of the surplus) / noise)). A rejected offer is a bargaining failure that raises
 * tension, from which clashes follow through the dispute's hazard.
 */
public final class Bargaining {
    /** Discount factor of a round in the Rubinstein split: the responder's share of the surplus is d / (1 + d). */
    static final double DISCOUNT = 0.9;

    private Bargaining() {
    }

    /**
     * The chance that the responder accepts an offer that gives it {@code offer} while its outside option is worth
     * {@code outsideOption} (same utility units), given the private-information spread {@code noise}.
     */
    public static double acceptance(double offer, double outsideOption, double noise) {
        return 1 / (1 + Math.exp(-(offer - outsideOption) / noise));
    }

    /** The Rubinstein offer: the responder's outside option plus its share of the surplus. */
    public static double offer(double responderOutside, double surplus) {
        return responderOutside + surplus * DISCOUNT / (1 + DISCOUNT);
    }

    /** Whether the responder accepts, given one uniform draw. */
    public static boolean accepts(double offer, double outsideOption, double noise, double draw) {
        return draw < acceptance(offer, outsideOption, noise);
    }
}
