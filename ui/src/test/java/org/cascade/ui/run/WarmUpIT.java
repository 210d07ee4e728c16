package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.cascade.ui.CascadeUiApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The warm-up asks the app for its explorer page in sessions of its own and closes them all before the app says it
 * is ready, so that no warm-up session (with its UIs and settings) stays behind for half an hour. A context of its
 * own (the property), so that no other test's sessions are counted.
 */
@SpringBootTest(classes = CascadeUiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "cascade.test.context=warm-up")
class WarmUpIT {
    @Autowired
    WarmUp warmUp;

    @Autowired
    WebServerApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theWarmUpsSessionsAreClosedBeforeTheAppIsReadyAndItsPagesWorkedAfterwards() throws Exception {
        String url = warmUp.ready().get(180, TimeUnit.SECONDS);
        assertThat(url).isEqualTo("http://localhost:" + port + "/");
        Manager sessions = manager();
        // an English and a Russian session were opened for the pages, and none is left open
        assertThat(sessions.getSessionCounter()).as("sessions the warm-up opened").isGreaterThanOrEqualTo(2);
        assertThat(sessions.getActiveSessions()).as("sessions still open").isZero();
        assertThat(warmUp.openSessions()).isZero();

        // and the app still serves a person's page, in a session of their own
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the view arrives built into the page (eager server load)")
            .contains("region-map", "Vaadin-Security-Key");
        assertThat(sessions.getActiveSessions()).isEqualTo(1);
    }

    private Manager manager() {
        Container[] children = ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren();
        assertThat(children).hasSize(1);
        return ((Context) children[0]).getManager();
    }
}
