package org.cascade.model;

import java.io.Serializable;
import java.util.Arrays;
import org.cascade.region.RouteCode;
import org.cascade.region.StateCode;
import org.cascade.scenario.Governments.Lever;
import org.cascade.scenario.Governments.Mode;

/**
 * The government of one state (MODEL.md 7.11): its goals, who decides each of its levers, how far it has moved each
 * lever from the scripted level, the attractions it has learnt for its actions, and its memory of what every partner
 * (and every route's owner) did to it. The decision itself is made by {@link GovernmentProcess}.
 */
final class Government implements Serializable {
    private static final long serialVersionUID = 1L;
    static final Lever[] LEVERS = Lever.values();
    static final int L = LEVERS.length;
    /**
     * Size of one step of each lever, in {@link Lever} order (tariff, visa, transit tariff USD/t, bn USD/yr, stance,
     * investment promotion; aid and summit are yes or no).
     */
    static final double[] STEP = {0.01, 0.05, 10, 0.05, 0.1, 0.1, 1, 1, 0.05};
    /**
     * The direction of a move that hurts the others: tariff up, visas shut, a competing route's tariff cut, hawkish
     * (promotion, aid and summits hurt nobody directly; a partner visa cut hurts its partner alone, which
     * {@link GovernmentProcess} tells directly).
     */
    static final int[] HOSTILE = {1, -1, -1, 0, 1, 0, 0, 0, -1};
    static final int PARTNER_VISA = Lever.PARTNER_VISA.ordinal();
    /** The three actions of every lever: one step down, keep, one step up. */
    static final int[] ACTIONS = {-1, 0, 1};
    /** Who can move against a government: the seven states, then the owner of each route (by route). */
    static final int SOURCES = StateCode.COUNT + RouteCode.COUNT;
    static final String[] GOALS = {"welfare", "security", "stability", "prestige"};
    static final int WELFARE = 0;
    static final int SECURITY = 1;
    static final int STABILITY = 2;
    static final int PRESTIGE = 3;

    final StateCode code;
    final double[] weight = new double[GOALS.length];
    /** Who decides each lever; null when the state does not have the lever. */
    final Mode[] mode = new Mode[L];
    /** Steps the government has moved each lever from its scripted level (the lever is the scripted value + offset). */
    final double[] offset = new double[L];
    /** Net marginal utility of one step up in the base year: the goals the model does not see (revealed preference). */
    final double[] marginal0 = new double[L];
    /** Learnt attraction of each action of each lever (experience-weighted, reinforcement form). */
    final double[][] attraction = new double[L][ACTIONS.length];
    /** Decisions left before a partner's hostile move on a lever is forgiven, by lever and source. */
    final int[][] grievance = new int[L][SOURCES];
    /** Exponentially weighted score of what each source did to this government: +1 friendly, -1 hostile moves. */
    final double[] score = new double[SOURCES];
    final int[] lastAction = new int[L];
    final int[] lastStep = new int[L];
    final String[] lastDecision = new String[L];
    /** Trade gain of the state (USD/yr) when each lever was last decided, for the realised outcome. */
    final double[] tradeGainAtDecision = new double[L];
    /** Running average of realised outcomes, the reinforcement's baseline. */
    double rewardBaseline;
    int nextDecision;
    /** A partner's move hit it: it decides again next month. */
    boolean triggered;
    /** Steps of its visa openness toward each partner from its general openness (0 or negative: tightened). */
    final int[] visaOffset = new int[StateCode.COUNT];
    /** A partner's move hit it: it decides its visas toward the partners in {@link #hitBy} next month. */
    boolean visaTriggered;
    /** Partners whose move hit it since its last decision: it decides whether to tighten its visas toward them. */
    final boolean[] hitBy = new boolean[StateCode.COUNT];
    /**
     * Net hostility of each source in lever steps: each hostile move adds its size in steps, each friendly one takes
     * its size off (not below 0), so a step taken back cancels it and two steps taken one after the other add up.
     */
    final double[] hostileSteps = new double[SOURCES];
    /** Remembered hostile steps a source must reach before its hostile move opens a grievance. */
    double grievanceThreshold;
    int decisions;
    int changes;
    /** The memory weight its score was last updated with. */
    double memoryUsed = 0.5;
    /** The event log has said that nobody sits at its human seat. */
    boolean toldNobodySits;

    Government(StateCode code) {
        this.code = code;
        Arrays.fill(lastAction, Integer.MIN_VALUE);
        Arrays.fill(lastStep, -1);
    }

    boolean has(int lever) {
        return mode[lever] != null;
    }

    boolean decides(int lever) {
        return mode[lever] != null && mode[lever] != Mode.SCRIPTED;
    }

    /** Aid given and refused, summits stayed away from and hosted, for the inspector. */
    int aidGiven;
    int aidRefused;
    int summitsMissed;
    int summitsHosted;
    /** Partner visa moves, for the inspector. */
    int visasTightened;
    int visasRestored;

    boolean decidesAny() {
        for (int l = 0; l < L; l++) {
            if (decides(l)) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #registerMove(int, int, int, double, int, double)} for a move of one step. */
    void registerMove(int source, int lever, int direction, int forgiveness, double memory) {
        registerMove(source, lever, direction, 1, forgiveness, memory);
    }

    /**
     * A source moved against ({@code direction} +1) or toward ({@code -1}) this government on a lever, by
     * {@code steps} lever steps: the score remembers it, and so does the source's net hostility in steps (a hostile
     * move adds its size, a friendly one takes it off). A hostile move opens a grievance for {@code forgiveness}
     * decisions, and has the government decide next month (its levers, and its visas toward that partner), once that
     * net hostility reaches {@link #grievanceThreshold} steps: a single step, the size of a noisy choice that is
     * usually taken back, is remembered but not answered. A friendly move closes the grievance (tit for tat answers
     * cooperation with cooperation). A hostile move while the government itself stands moved against the others on the
     * lever is taken as their answer (contrition).
     */
    void registerMove(int source, int lever, int direction, double steps, int forgiveness, double memory) {
        memoryUsed = memory;
        score[source] = memory * score[source] - (1 - memory) * direction;
        if (direction < 0) {
            hostileSteps[source] = Math.max(0, hostileSteps[source] - steps);
        }
        if (direction > 0 && offset[lever] * HOSTILE[lever] > 0) {
            // contrition (Wu and Axelrod 1995): while it has itself moved against the others on this lever, it takes
            // their answer as deserved, which stops the echo of retaliation that noise sets off under plain tit for tat
            return;
        }
        if (direction > 0) {
            hostileSteps[source] += steps;
            if (hostileSteps[source] < grievanceThreshold - 1e-9) {
                return;
            }
            grievance[lever][source] = forgiveness;
            if (forgiveness > 0 && decides(lever) && lever != PARTNER_VISA) {
                triggered = true;
            }
            if (forgiveness > 0 && source < StateCode.COUNT && decides(PARTNER_VISA)) {
                // it decides its visas toward the partner next month, and only those
                hitBy[source] = true;
                visaTriggered = true;
            }
        } else {
            grievance[lever][source] = 0;
        }
    }

    /**
     * How strongly it holds the open grievances on a lever, 0..1: the remembered hostility of the sources with an
     * open grievance, relative to one fresh hostile move. A partner whose friendly moves are remembered is answered
     * less hard (its score starts from above 0).
     */
    double grievance(int lever) {
        double hostility = 0;
        for (int s = 0; s < SOURCES; s++) {
            if (grievance[lever][s] > 0) {
                hostility += Math.max(0, -score[s]);
            }
        }
        return Math.min(1, hostility / (1 - memoryUsed));
    }

    /**
     * What it holds against a source now, 0..1: its remembered hostility while a grievance against it is open on some
     * lever (forgiven grievances are not held), else 0. Withheld aid and a snubbed summit answer it.
     */
    double grudge(int source) {
        for (int l = 0; l < L; l++) {
            if (grievance[l][source] > 0) {
                return Math.max(0, -score[source]);
            }
        }
        return 0;
    }

    /** Its grudge against a source relative to one fresh hostile move, 0..1 (as {@link #grievance(int)}). */
    double heldGrudge(int source) {
        return Math.min(1, grudge(source) / (1 - memoryUsed));
    }

    /**
     * The reciprocity term of an action: a bonus of {@code weight} for answering an open grievance in kind and the
     * same penalty for a conciliatory step while it is open.
     */
    double reciprocity(int lever, int action, double weight) {
        return weight * grievance(lever) * action * HOSTILE[lever];
    }

    /** A decision on the lever was taken: every open grievance on it is one decision nearer forgiveness. */
    void decided(int lever) {
        int[] g = grievance[lever];
        for (int s = 0; s < g.length; s++) {
            if (g[s] > 0) {
                g[s]--;
            }
        }
    }

    /**
     * Moves the attraction of the last action taken on a lever toward its realised outcome (above the running
     * baseline of outcomes): Camerer and Ho's experience-weighted attraction in its reinforcement form.
     */
    void learn(int lever, double outcome, double rate) {
        int last = lastAction[lever];
        if (last == Integer.MIN_VALUE || rate == 0) {
            return;
        }
        double surprise = outcome - rewardBaseline;
        rewardBaseline += rate * (outcome - rewardBaseline);
        double[] a = attraction[lever];
        a[last + 1] += rate * (surprise - a[last + 1]);
    }
}
