package org.cascade.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A warm-up that cannot reach the app still ends in the ready line: the app stays usable, only colder. */
class WarmUpTest {
    @Test
    void aWarmUpThatCannotReachThePageStillAnnouncesTheApp() throws Exception {
        String nobody = "http://localhost:" + closedPort() + "/";
        WarmUp warmUp = new WarmUp(new ScenarioCatalog());
        warmUp.warm(nobody);
        assertThat(warmUp.ready().get(1, TimeUnit.SECONDS)).isEqualTo(nobody);
        assertThat(warmUp.openSessions()).isZero();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
