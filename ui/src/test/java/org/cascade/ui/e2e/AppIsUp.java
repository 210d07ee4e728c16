package org.cascade.ui.e2e;

import java.util.concurrent.TimeUnit;
import org.cascade.ui.run.WarmUp;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For a browser test on the Spring test server: each test begins once the app says it is up (after its warm-up), as
 * a person does after the ready line. A test that raced the warm-up shared a cold, busy server with it.
 */
final class AppIsUp implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        SpringExtension.getApplicationContext(context).getBean(WarmUp.class).ready().get(3, TimeUnit.MINUTES);
    }
}
