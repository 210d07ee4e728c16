package org.cascade.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cascade.ui.explore.Page.intField;
import static org.cascade.ui.explore.Page.notices;
import static org.cascade.ui.explore.Page.param;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The bugs of issue 10 that a person meets through a link or a field. */
@SpringBootTest(classes = CascadeUiApplication.class)
class LinkAndFieldBugsTest {
    private static Routes routes;

    @Autowired
    private ApplicationContext ctx;

    @BeforeAll
    static void discover() {
        routes = new Routes().autoDiscoverViews("org.cascade.ui");
    }

    @BeforeEach
    void setup() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, ctx, UI::new));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    @Test
    void aLinkWithSeedAndYearsKeepsBoth() {
        open("seed=7&years=5");
        assertThat(intField("seed").getValue()).isEqualTo(7);
        assertThat(intField("years").getValue()).isEqualTo(5);
        open("years=6&seed=8&scenario=baseline");
        assertThat(intField("seed").getValue()).isEqualTo(8);
        assertThat(intField("years").getValue()).isEqualTo(6);
        assertThat(notices()).isEmpty();
    }

    @Test
    void aNumberInExponentFormIsReadInFullAndRefusedWithItsOwnValue() {
        var f = param("trust.decay");
        f.getElement().setProperty("value", "1e9"); // what the browser sends for a person typing 1e9
        assertThat(f.isInvalid()).isTrue();
        assertThat(f.getErrorMessage()).isEqualTo("'trust.decay' = 1000000000 is out of range; allowed [0, 0.5] 1/month");
        f.getElement().setProperty("value", "2e-2");
        assertThat(f.isInvalid()).isFalse();
    }

    @Test
    void aLinkWithManyBadPartsShowsTheFirstFiveAndHowManyMore() {
        StringBuilder q = new StringBuilder("years=5");
        for (int i = 0; i < 100; i++) {
            q.append("&p.nope").append(i).append("=1");
        }
        open(q.toString());
        assertThat(intField("years").getValue()).isEqualTo(5);
        assertThat(notices()).hasSize(1);
        String notice = notices().get(0);
        assertThat(notice).endsWith("; and 95 more").hasSizeLessThan(300);
        assertThat(notice.split("no such parameter", -1)).hasSize(6);
    }

    @Test
    void theQueryIsReadInTheLinksOrderAndCappedAfterFive() {
        var ordered = LinkQuery.parse("p.zz=1&seed=x&p.aa=2&a%20b=c%26d");
        assertThat(ordered.keySet()).containsExactly("p.zz", "seed", "p.aa", "a b");
        assertThat(ordered.get("a b")).containsExactly("c&d");
        assertThat(LinkQuery.ordered(java.util.Map.of("b", java.util.List.of("1"), "a", java.util.List.of("2")), null)
            .keySet()).containsExactly("a", "b");
        assertThat(LinkQuery.capped(java.util.List.of("1", "2", "3", "4", "5", "6", "7")))
            .isEqualTo("1; 2; 3; 4; 5; and 2 more");
        assertThat(LinkQuery.capped(java.util.List.of("1", "2"))).isEqualTo("1; 2");
    }
}
