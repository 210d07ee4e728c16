package org.cascade.ui.model;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * ADAPTER until {@code org.cascade.data.Calibration.table()} lands in the simulation module: reads the table by
 * reflection (rows with name(), observed(), simulated(), error(), source()) so this module compiles either way.
 * Switch to a direct call when it exists.
 */
public final class CalibrationAdapter {
    public record Row(String name, double observed, double simulated, double error, String source) {
    }

    /** The rows, or empty with {@link #problem()} saying why. */
    public record Table(List<Row> rows, String problem) {
    }

    private CalibrationAdapter() {
    }

    public static Table load() {
        try {
            Class<?> c = Class.forName("org.cascade.data.Calibration");
            Object result = c.getMethod("table").invoke(null);
            List<Row> rows = new ArrayList<>();
            for (Object o : (Iterable<?>) result) {
                rows.add(new Row(String.valueOf(call(o, "name")), num(call(o, "observed")), num(call(o, "simulated")),
                    num(call(o, "error")), String.valueOf(call(o, "source"))));
            }
            return new Table(rows, "");
        } catch (ClassNotFoundException e) {
            return new Table(List.of(), "The calibration table is not in this build of the model yet.");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Table(List.of(), "The calibration table could not be computed: " + cause.getMessage());
        }
    }

    private static Object call(Object o, String method) throws ReflectiveOperationException {
        Method m = o.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(o);
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
