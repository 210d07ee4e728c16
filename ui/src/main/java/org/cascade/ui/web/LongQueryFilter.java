package org.cascade.ui.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A link whose query is over {@link #MAX_QUERY} characters gets the app's own page (414) saying so. Tomcat reads
 * requests up to {@code server.max-http-request-header-size} (set well above this), so such links reach here
 * instead of meeting Tomcat's bare 400 page.
 */
@Component
public class LongQueryFilter extends OncePerRequestFilter {
    static final int MAX_QUERY = 8 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String q = request.getQueryString();
        if (q == null || q.length() <= MAX_QUERY) {
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.apply(response);
        response.setStatus(HttpStatus.URI_TOO_LONG.value());
        response.setContentType("text/html;charset=UTF-8");
        String sentence = "This link is too long for the explorer (" + (q.length() + 1023) / 1024
            + " kB; at most 8 kB). Open the explorer and change the values there, or share a link that sets fewer "
            + "parameters.";
        response.getOutputStream().write(ErrorPageController.page(HttpStatus.URI_TOO_LONG, sentence,
            request.getContextPath()).getBytes(StandardCharsets.UTF_8));
    }
}
