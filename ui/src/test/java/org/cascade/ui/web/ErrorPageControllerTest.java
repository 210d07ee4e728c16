package org.cascade.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The error page keeps the status the container forwarded and never answers a non-error one. */
class ErrorPageControllerTest {
    @Test
    void keepsTheForwardedErrorStatus() {
        assertThat(ErrorPageController.status(404)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ErrorPageController.status(503)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aMissingUnknownOrNonErrorStatusCountsAsAServerError() {
        assertThat(ErrorPageController.status(null)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(ErrorPageController.status(999)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(ErrorPageController.status(200)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
