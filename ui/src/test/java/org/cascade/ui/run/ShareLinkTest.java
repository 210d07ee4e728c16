package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShareLinkTest {
    @Test
    void aCopiedLinkReopensTheSameSettings() {
        RunSettings s = new RunSettings();
        s.scenarioId("baseline");
        s.seed(7);
        s.years(12);
        s.overrides(s.overrides().with("trust.decay", 0.05).with("shock.enabled", 0));
        Map<String, String> q = ShareLink.toQuery(s);
        assertThat(q).containsEntry("scenario", "baseline").containsEntry("seed", "7").containsEntry("years", "12")
            .containsEntry("p.trust.decay", "0.05").containsEntry("p.shock.enabled", "0");
        ShareLink.Parsed back = ShareLink.parse(q, new RunSettings(), "baseline"::equals);
        assertThat(back.ignored()).isEmpty();
        assertThat(back.settings().seed()).isEqualTo(7);
        assertThat(back.settings().years()).isEqualTo(12);
        assertThat(back.settings().overrides()).isEqualTo(s.overrides());
    }

    @Test
    void unknownOrMalformedPartsAreIgnoredWithAReason() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("scenario", "atlantis");
        q.put("seed", "abc");
        q.put("years", "99");
        q.put("p.no.such", "1");
        q.put("p.trust.decay", "7");
        q.put("p.dispute.clash_threshold", "x");
        q.put("colour", "red");
        q.put("p.travel.visa_elasticity", "2");
        ShareLink.Parsed p = ShareLink.parse(q, new RunSettings(), "baseline"::equals);
        assertThat(p.ignored()).hasSize(7);
        assertThat(String.join("\n", p.ignored()))
            .contains("atlantis").contains("no such scenario")
            .contains("seed 'abc'")
            .contains("allowed [1, 50]")
            .contains("'no.such': no such parameter")
            .contains("'trust.decay' = 7 is out of range; allowed [0, 0.5]")
            .contains("'dispute.clash_threshold' = 'x': not a number")
            .contains("'colour'");
        assertThat(p.settings().overrides().overrides()).containsOnlyKeys("travel.visa_elasticity");
        assertThat(p.settings().seed()).isEqualTo(1);
        assertThat(p.settings().years()).isEqualTo(20);
    }

    @Test
    void seedAndYearsTogetherSurviveAndSpeedKeepAndLangRoundTrip() {
        RunSettings s = new RunSettings();
        s.seed(7);
        s.years(5);
        s.speed(RunSettings.FULL_SPEED);
        s.kept(java.util.Set.of("route.middle-corridor.tariff"));
        s.language("ru");
        Map<String, String> q = ShareLink.toQuery(s);
        assertThat(q).containsEntry("seed", "7").containsEntry("years", "5").containsEntry("speed", "0")
            .containsEntry("keep", "route.middle-corridor.tariff").containsEntry("lang", "ru");
        ShareLink.Parsed back = ShareLink.parse(q, new RunSettings(), "baseline"::equals);
        assertThat(back.ignored()).isEmpty();
        assertThat(back.settings().seed()).isEqualTo(7);
        assertThat(back.settings().years()).isEqualTo(5);
        assertThat(back.settings().speed()).isEqualTo(RunSettings.FULL_SPEED);
        assertThat(back.settings().kept()).containsExactly("route.middle-corridor.tariff");
        assertThat(back.settings().language()).isEqualTo("ru");
        assertThat(ShareLink.toQuery(new RunSettings())).doesNotContainKeys("speed", "keep", "lang");

        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("speed", "7");
        bad.put("lang", "fr");
        bad.put("keep", "no.such");
        assertThat(ShareLink.parse(bad, new RunSettings(), "baseline"::equals).ignored()).containsExactly(
            "speed '7': months per second, one of [0, 1, 3, 6, 12, 24, 60, 120] (0 for full speed)",
            "lang 'fr': not a language of the explorer (en, ru)", "keep 'no.such': no such parameter");
    }

    @Test
    void theDecisionDeadlineRoundTripsAndABadOneIsIgnored() {
        RunSettings s = new RunSettings();
        assertThat(ShareLink.toQuery(s)).doesNotContainKey("deadline");
        s.decisionSeconds(15);
        Map<String, String> q = ShareLink.toQuery(s);
        assertThat(q).containsEntry("deadline", "15");
        assertThat(ShareLink.parse(q, new RunSettings(), "baseline"::equals).settings().decisionSeconds()).isEqualTo(15);
        for (String bad : new String[] {"0", "9999", "soon"}) {
            ShareLink.Parsed p = ShareLink.parse(Map.of("deadline", bad), new RunSettings(), "baseline"::equals);
            assertThat(p.settings().decisionSeconds()).isEqualTo(RunSettings.DEFAULT_DECISION_SECONDS);
            assertThat(p.ignored()).singleElement().asString().startsWith("deadline '" + bad + "'");
        }
    }
}
