package org.cascade.ui.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** The error page keeps the status the container forwarded and never answers a non-error one. */
class ErrorPageTest {
    @Test
    void keepsTheForwardedErrorStatus() {
        assertThat(ErrorPage.status(404)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ErrorPage.status(503)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aMissingUnknownOrNonErrorStatusCountsAsAServerError() {
        assertThat(ErrorPage.status(null)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(ErrorPage.status(999)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(ErrorPage.status(200)).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
