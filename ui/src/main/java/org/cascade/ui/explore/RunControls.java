package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.RunSettings;

/**
 * Run, Pause/Resume, Step, Reset, the speed, the status line and a progress bar with the month reached. Each
 * control fires its own event.
 */
class RunControls extends Div {
    static final List<Integer> SPEEDS = RunSettings.SPEEDS;
    private final Texts t;
    private final Button pause;
    private final Select<Integer> speed = new Select<>();
    private final Span status;
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span date = new Span();
    private boolean loading;

    RunControls(Texts t) {
        this.t = t;
        pause = new Button(t.get("run.pause"));
        status = new Span(t.get("status.ready"));
        addClassName("controls");
        Button run = button("run", t.get("run.run"), RunEvent::new);
        run.addThemeVariants(ButtonVariant.PRIMARY);
        pause.setId("pause");
        pause.setEnabled(false);
        pause.addClickListener(e -> fireEvent(new PauseEvent(this)));
        speed.setId("speed");
        speed.setLabel(t.get("run.speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> s == RunSettings.FULL_SPEED ? t.get("run.fullSpeed")
            : t.get("run.monthsPerSecond", Integer.toString(s)));
        speed.addValueChangeListener(e -> {
            if (!loading && e.getValue() != null) {
                fireEvent(new SpeedEvent(this, e.getValue()));
            }
        });
        status.setId("status");
        status.getElement().setAttribute("role", "status"); // read out by screen readers as it changes
        bar.setId("progress");
        bar.getElement().setAttribute("aria-label", t.get("progress.label"));
        date.setId("progress-date");
        date.addClassName("progress-date");
        Div progress = new Div(bar, date);
        progress.addClassName("progress");
        add(run, pause, button("step", t.get("run.step"), StepEvent::new),
            button("reset", t.get("run.reset"), ResetEvent::new), speed, status, progress);
    }

    private Button button(String id, String label, Function<RunControls, ComponentEvent<RunControls>> event) {
        Button b = new Button(label, e -> fireEvent(event.apply(this)));
        b.setId(id);
        return b;
    }

    /** Shows a speed without firing a {@link SpeedEvent}. */
    void showSpeed(int monthsPerSecond) {
        loading = true;
        try {
            speed.setValue(monthsPerSecond);
        } finally {
            loading = false;
        }
    }

    void show(ExploreSession.Report report, ExploreSession.Progress progress) {
        status.setText(report.status());
        pause.setEnabled(report.pausable());
        pause.setText(report.paused() ? t.get("run.resume") : t.get("run.pause"));
        bar.setValue(Math.max(0, Math.min(1, progress.fraction())));
        date.setText(progress.date());
        bar.getElement().setAttribute("aria-valuetext", progress.date());
    }

    Registration addRunListener(ComponentEventListener<RunEvent> listener) {
        return addListener(RunEvent.class, listener);
    }

    Registration addPauseListener(ComponentEventListener<PauseEvent> listener) {
        return addListener(PauseEvent.class, listener);
    }

    Registration addStepListener(ComponentEventListener<StepEvent> listener) {
        return addListener(StepEvent.class, listener);
    }

    Registration addResetListener(ComponentEventListener<ResetEvent> listener) {
        return addListener(ResetEvent.class, listener);
    }

    Registration addSpeedListener(ComponentEventListener<SpeedEvent> listener) {
        return addListener(SpeedEvent.class, listener);
    }

    /** Run pressed: start a run of the current settings. */
    static final class RunEvent extends ComponentEvent<RunControls> {
        RunEvent(RunControls source) {
            super(source, false);
        }
    }

    /** Pause or Resume pressed. */
    static final class PauseEvent extends ComponentEvent<RunControls> {
        PauseEvent(RunControls source) {
            super(source, false);
        }
    }

    /** Step pressed: one more month. */
    static final class StepEvent extends ComponentEvent<RunControls> {
        StepEvent(RunControls source) {
            super(source, false);
        }
    }

    /** Reset pressed: stop and clear the run. */
    static final class ResetEvent extends ComponentEvent<RunControls> {
        ResetEvent(RunControls source) {
            super(source, false);
        }
    }

    /** A speed picked, in months per second (0 for full speed). */
    static final class SpeedEvent extends ComponentEvent<RunControls> {
        private final int monthsPerSecond;

        SpeedEvent(RunControls source, int monthsPerSecond) {
            super(source, false);
            this.monthsPerSecond = monthsPerSecond;
        }

        int monthsPerSecond() {
            return monthsPerSecond;
        }
    }
}
