package org.cascade.ui.explore;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.cascade.model.DecisionSeat;
import org.cascade.region.Calendar;
import org.cascade.ui.i18n.Texts;
import org.cascade.ui.run.SeatDecision;

/**
 * The seat of a human lever on the page (not a modal: the map and charts stay in view): which state and lever, the
 * month, the value now, each option with its new value, expected gain and predicted effect, the default rule's pick
 * marked, and the seconds left before that rule decides. A choice fires {@link ChooseEvent}.
 */
class DecisionPanel extends Div {
    private final Texts t;
    private final H3 title = new H3();
    private final Paragraph when = new Paragraph();
    private final Div options = new Div();
    private final Span countdown = new Span();
    private final Paragraph last = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private SeatDecision shown;

    DecisionPanel(Texts t) {
        this.t = t;
        setId("decision");
        addClassName("decision");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", t.get("decision.region"));
        options.addClassName("decision-options");
        countdown.setId("decision-countdown");
        countdown.addClassName("decision-countdown");
        countdown.getElement().setAttribute("aria-live", "polite");
        last.setId("decision-last");
        last.addClassName("decision-last");
        add(title, when, options, countdown, last);
        setVisible(false);
        hint.setId("seat-hint");
        hint.addClassName("seat-hint");
        hint.setVisible(false);
    }

    /** The note before a run that names the states the person decides for; the page places it. */
    Paragraph hint() {
        return hint;
    }

    /** Names the states the person will decide for and how long each decision waits (hidden when none). */
    void showHint(List<org.cascade.region.StateCode> states, int seconds) {
        hint.setText(states.isEmpty() ? "" : t.get("decision.hint",
            String.join(", ", states.stream().map(Enum::name).toList()), Integer.toString(seconds)));
        hint.setVisible(!states.isEmpty());
    }

    /** Shows a waiting decision with its options (and the seconds left, as far as known). */
    void show(SeatDecision d) {
        shown = d;
        DecisionSeat.Pending p = d.pending();
        title.setText(t.get("decision.title", p.state().name(), t.get("lever." + p.lever())));
        when.setText(t.get("decision.when", Calendar.dateOf(p.step()).toString(), value(p.lever(), p.currentValue())));
        options.removeAll();
        List<DecisionSeat.Option> opts = p.options();
        for (int i = 0; i < opts.size(); i++) {
            options.add(row(d, i, opts.get(i)));
        }
        long left = Math.max(0, java.time.Duration.between(java.time.Instant.now(), d.deadline()).toSeconds());
        tick(d, left);
        countdown.setVisible(true);
        options.setVisible(true);
        when.setVisible(true);
        title.setVisible(true);
        last.setVisible(false);
        setVisible(true);
    }

    private Div row(SeatDecision d, int index, DecisionSeat.Option o) {
        boolean allowed = o.expectedGain() != Double.NEGATIVE_INFINITY;
        boolean yesNo = yesNo(d);
        int action = index - 1; // a lever's options are one step down, keep, one step up
        Button choose = new Button(yesNo ? answer(o.label())
            : action == 0 ? t.get("decision.action.keep")
            : t.get("decision.action." + (action < 0 ? "down" : "up") + "." + d.pending().lever()),
            e -> fireEvent(new ChooseEvent(this, d, index)));
        choose.setId("decision-option-" + index);
        choose.setEnabled(allowed);
        boolean byDefault = index == d.pending().defaultChoice();
        if (byDefault) {
            choose.addThemeVariants(ButtonVariant.PRIMARY);
        }
        Span value = new Span(yesNo ? "" : t.get("decision.newValue", value(d.pending().lever(), o.newValue())));
        value.addClassName("decision-value");
        Span gain = new Span(allowed ? t.get("decision.gain", signed(o.expectedGain())) : t.get("decision.notAllowed"));
        gain.addClassName("decision-gain");
        Div row = new Div(choose, value, gain);
        row.addClassName("decision-option");
        if (byDefault) {
            Span mark = new Span(t.get("decision.default"));
            mark.addClassName("decision-default");
            mark.setId("decision-default");
            row.add(mark);
            row.addClassName("by-default");
        }
        return row;
    }

    /** The seconds left before the default rule decides (ignored for a decision no longer shown). */
    void tick(SeatDecision d, long secondsLeft) {
        if (shown == d) {
            countdown.setText(t.plural("decision.countdown", secondsLeft));
        }
    }

    /** A decision was closed: the panel says who decided what and hides its buttons until the next one. */
    void closed(SeatDecision d, int chosen, SeatDecision.Outcome outcome) {
        if (shown != d) {
            return;
        }
        shown = null;
        if (outcome == SeatDecision.Outcome.STOPPED) {
            clear();
            return;
        }
        DecisionSeat.Option o = d.pending().options().get(chosen);
        last.setText(t.get("decision.closed." + outcome.name().toLowerCase(Locale.ROOT), d.pending().state().name(),
            t.get("lever." + d.pending().lever()), yesNo(d) ? answer(o.label()) : value(d.pending().lever(), o.newValue())));
        last.setVisible(true);
        options.setVisible(false);
        countdown.setVisible(false);
        when.setVisible(false);
    }

    SeatDecision shown() {
        return shown;
    }

    void clear() {
        shown = null;
        options.removeAll();
        setVisible(false);
    }

    /** A lever's value as people read it (percent for a tariff, USD/t for a transit tariff, ...). */
    /** An occasion (aid in a partner's crisis, attending or hosting a summit) answered yes or no, not a lever's step. */
    private static boolean yesNo(SeatDecision d) {
        return d.pending().options().size() == 2;
    }

    /** An occasion's answer as a button label ("Give aid", "Stay away"), in the page's language. */
    private String answer(String label) {
        String s = EventMessages.sentence(label, t);
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(t.locale()) + s.substring(1);
    }

    private String value(String lever, double v) {
        return switch (lever) {
            case "tariff" -> t.get("decision.value.percent", String.format(Locale.ROOT, "%.1f", 100 * v));
            case "transit_tariff" -> t.get("decision.value.usdPerT", String.format(Locale.ROOT, "%.0f", v));
            case "corridor" -> t.get("decision.value.bnUsdYr", String.format(Locale.ROOT, "%.2f", v));
            default -> String.format(Locale.ROOT, "%.2f", v);
        };
    }

    private static String signed(double v) {
        return String.format(Locale.ROOT, "%+.3f", v);
    }

    Registration addChooseListener(ComponentEventListener<ChooseEvent> listener) {
        return addListener(ChooseEvent.class, listener);
    }

    /** The person chose an option of a decision. */
    static final class ChooseEvent extends ComponentEvent<DecisionPanel> {
        private final SeatDecision decision;
        private final int option;

        ChooseEvent(DecisionPanel source, SeatDecision decision, int option) {
            super(source, false);
            this.decision = decision;
            this.option = option;
        }

        SeatDecision decision() {
            return decision;
        }

        int option() {
            return option;
        }
    }
}
