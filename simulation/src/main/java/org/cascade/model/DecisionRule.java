package org.cascade.model;

/**
 * Logit (quantal-response) choice, the decision rule of every government (MODEL.md 7.11; McKelvey and Palfrey 1995):
 * action {@code k} is chosen with probability exp(lambda U_k) / sum_j exp(lambda U_j). Rationality {@code lambda} = 0
 * chooses uniformly among the feasible actions; as it grows the rule approaches the best response. One uniform draw
 * decides, taken by the caller from the government's own stream whatever the utilities, so the draws of a run do not
 * depend on what was chosen (common random numbers).
 */
public final class DecisionRule {
    private DecisionRule() {
    }

    /**
     * The logit probabilities of the actions; an infeasible action ({@code Double.NEGATIVE_INFINITY}) gets 0.
     * Computed relative to the best utility, so a large rationality cannot overflow.
     */
    public static double[] probabilities(double[] utility, double rationality) {
        double best = Double.NEGATIVE_INFINITY;
        for (double u : utility) {
            best = Math.max(best, u);
        }
        if (best == Double.NEGATIVE_INFINITY) {
            throw new IllegalArgumentException("no feasible action");
        }
        double[] w = new double[utility.length];
        double sum = 0;
        for (int k = 0; k < utility.length; k++) {
            w[k] = utility[k] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(rationality * (utility[k] - best));
            sum += w[k];
        }
        for (int k = 0; k < w.length; k++) {
            w[k] /= sum;
        }
        return w;
    }

    /** The action a uniform draw on [0, 1) picks under the logit probabilities (inverse of the cumulative). */
    public static int choose(double[] utility, double rationality, double draw) {
        double[] prob = probabilities(utility, rationality);
        double cumulative = 0;
        int last = -1;
        for (int k = 0; k < prob.length; k++) {
            if (prob[k] == 0) {
                continue;
            }
            last = k;
            cumulative += prob[k];
            if (draw < cumulative) {
                return k;
            }
        }
        return last;
    }

    /** Index of the best and of the runner-up feasible action (runner-up -1 when only one is feasible). */
    static int[] bestTwo(double[] utility) {
        int best = -1;
        int second = -1;
        for (int k = 0; k < utility.length; k++) {
            if (utility[k] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (best < 0 || utility[k] > utility[best]) {
                second = best;
                best = k;
            } else if (second < 0 || utility[k] > utility[second]) {
                second = k;
            }
        }
        return new int[] {best, second};
    }
}
