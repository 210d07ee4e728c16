package org.cascade.ui.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The server's error page (replaces Spring Boot's JSON and whitelabel answers): one sentence, a link home and the
 * error's own status. The trace, if any, is logged where the error happened, never shown.
 */
@Controller
public class ErrorPageController implements ErrorController {
    @RequestMapping("${server.error.path:/error}")
    public ResponseEntity<String> error(HttpServletRequest request) {
        HttpStatus status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
        String sentence = status == HttpStatus.NOT_FOUND ? "There is no page at this address."
            : status.is4xxClientError() ? "The server could not handle this request (" + status.value() + " "
                + status.getReasonPhrase() + ")."
            : "Something went wrong on the server; the details are in its log.";
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
            .body(page(status, sentence, request.getContextPath()));
    }

    /** The app's own error page: a title, one sentence and a link home, in the explorer's style. */
    static String page(HttpStatus status, String sentence, String contextPath) {
        String title = HtmlUtils.htmlEscape(status.getReasonPhrase());
        String home = HtmlUtils.htmlEscape(contextPath) + "/";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CASCADE: " + title
            + "</title><link rel=\"stylesheet\" href=\"" + home + "styles/cascade.css\"></head>"
            + "<body><div class=\"error-view\"><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(sentence)
            + "</p><p><a href=\"" + home + "\">Back to the explorer</a></p></div></body></html>";
    }

    /** The status the container forwarded; a visit to the error address itself has none and counts as 500. */
    static HttpStatus status(Object code) {
        HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return s != null && s.isError() ? s : HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
