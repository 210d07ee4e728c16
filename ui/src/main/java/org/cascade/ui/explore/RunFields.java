package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.cascade.scenario.Scenario;
import org.cascade.ui.i18n.Texts;

/** Seed and horizon, each refusing values outside its range at the field; fires an event for each valid change. */
class RunFields extends Div {
    private final Texts t;
    private final IntegerField seed;
    private final IntegerField years;
    private boolean loading;

    RunFields(Texts t) {
        this.t = t;
        seed = field("seed", t.get("run.seed"), 0, Integer.MAX_VALUE, t.get("run.seed.helper"));
        years = field("years", t.get("run.years"), Scenario.MIN_YEARS, Scenario.MAX_YEARS,
            t.get("run.years.helper", Integer.toString(Scenario.MIN_YEARS), Integer.toString(Scenario.MAX_YEARS)));
        addClassName("run-fields");
        seed.addValueChangeListener(e -> {
            if (checkSeed() && !loading) {
                fireEvent(new SeedEvent(this, seed.getValue()));
            }
        });
        years.addValueChangeListener(e -> {
            if (checkYears() && !loading) {
                fireEvent(new HorizonEvent(this, years.getValue()));
            }
        });
        add(seed, years);
    }

    private static IntegerField field(String id, String label, int min, int max, String helper) {
        IntegerField f = new IntegerField(label);
        f.setId(id);
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        f.setHelperText(helper);
        f.setManualValidation(true);
        return f;
    }

    /** Shows values without firing events. */
    void show(long seedValue, int yearsValue) {
        loading = true;
        try {
            seed.setValue((int) Math.min(Integer.MAX_VALUE, seedValue));
            years.setValue(yearsValue);
        } finally {
            loading = false;
        }
    }

    /** Sentences for each refused field, empty when both are valid. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!checkSeed()) {
            out.add(seed.getErrorMessage());
        }
        if (!checkYears()) {
            out.add(years.getErrorMessage());
        }
        return out;
    }

    private boolean checkSeed() {
        return check(seed, 0, Integer.MAX_VALUE, t.get("run.seedWord"));
    }

    private boolean checkYears() {
        return check(years, Scenario.MIN_YEARS, Scenario.MAX_YEARS, t.get("run.yearsWord"));
    }

    private boolean check(IntegerField f, int min, int max, String what) {
        Integer v = f.getValue();
        String lo = Integer.toString(min);
        String hi = Integer.toString(max);
        String problem = v == null ? t.get("run.needsWhole", what, lo, hi)
            : v < min || v > max ? t.get("run.outOfRange", what, Integer.toString(v), lo, hi) : "";
        f.setInvalid(!problem.isEmpty());
        f.setErrorMessage(problem.isEmpty() ? null : problem);
        return problem.isEmpty();
    }

    Registration addSeedListener(ComponentEventListener<SeedEvent> listener) {
        return addListener(SeedEvent.class, listener);
    }

    Registration addHorizonListener(ComponentEventListener<HorizonEvent> listener) {
        return addListener(HorizonEvent.class, listener);
    }

    /** A valid seed entered. */
    static final class SeedEvent extends ComponentEvent<RunFields> {
        private final long seed;

        SeedEvent(RunFields source, long seed) {
            super(source, false);
            this.seed = seed;
        }

        long seed() {
            return seed;
        }
    }

    /** A valid horizon entered, in years. */
    static final class HorizonEvent extends ComponentEvent<RunFields> {
        private final int years;

        HorizonEvent(RunFields source, int years) {
            super(source, false);
            this.years = years;
        }

        int years() {
            return years;
        }
    }
}
