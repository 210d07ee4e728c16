package org.cascade.experiment.sensitivity;

/**
 * A Morris (1991) screening design: r trajectories of k + 1 points each on a grid of p levels {0, 1/(p-1), ..., 1}.
 * Between consecutive points of a trajectory exactly one factor moves, by {@link #delta()} = p / (2(p - 1)) up or
 * down; each factor moves exactly once per trajectory. Row {@code t(k+1) + s} is point s of trajectory t; step s of
 * trajectory t leads from that row to the next. Built by {@link Morris#design}.
 */
public final class MorrisDesign implements UnitCubeDesign {
    private final int factors;
    private final int trajectories;
    private final int levels;
    private final long seed;
    private final double[][] rows;
    /** [trajectory][step]: the factor that moves. */
    private final int[][] moved;
    /** [trajectory][step]: +1 when it moves up, -1 when down. */
    private final int[][] direction;

    MorrisDesign(int factors, int trajectories, int levels, long seed, double[][] rows, int[][] moved,
                 int[][] direction) {
        this.factors = factors;
        this.trajectories = trajectories;
        this.levels = levels;
        this.seed = seed;
        this.rows = rows;
        this.moved = moved;
        this.direction = direction;
    }

    @Override
    public int factors() {
        return factors;
    }

    /** r, the number of trajectories. */
    public int trajectories() {
        return trajectories;
    }

    /** p, the number of grid levels per factor. */
    public int levels() {
        return levels;
    }

    /** The seed the design was drawn with. */
    public long seed() {
        return seed;
    }

    /** The step every move takes in the unit cube: p / (2(p - 1)). */
    public double delta() {
        return Morris.delta(levels);
    }

    /** r(k + 1). */
    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public double[] row(int i) {
        return rows[i].clone();
    }

    /** The index of the row that point {@code step} (0..k) of trajectory {@code trajectory} is. */
    public int rowOf(int trajectory, int step) {
        if (trajectory < 0 || trajectory >= trajectories || step < 0 || step > factors) {
            throw new IndexOutOfBoundsException("point " + step + " of trajectory " + trajectory + " in a design of "
                + trajectories + " trajectories of " + (factors + 1) + " points");
        }
        return trajectory * (factors + 1) + step;
    }

    /** The factor that moves in step {@code step} (0..k-1) of trajectory {@code trajectory}. */
    public int movedFactor(int trajectory, int step) {
        return moved[trajectory][step];
    }

    /** +1 when step {@code step} of trajectory {@code trajectory} moves its factor up by delta, -1 when down. */
    public int direction(int trajectory, int step) {
        return direction[trajectory][step];
    }
}
