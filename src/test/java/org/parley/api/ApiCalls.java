package org.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.parley.organisation.Person;
import org.parley.security.ApiTokenService;
import org.parley.testsupport.TestData;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the API tests share: personal tokens for test people, JSON requests, and the problem answer's shape. */
final class ApiCalls {

    private ApiCalls() {
    }

    static String tokenOf(TestData data, ApiTokenService tokens, Person person) {
        data.signIn(person);
        try {
            return tokens.createForCurrentUser("test");
        } finally {
            data.signOut();
        }
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String json) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json.getBytes(StandardCharsets.UTF_8));
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    /** An RFC 9457 problem with this status that leaks no Java internals. */
    static ResultMatcher problem(int status) {
        return result -> {
            assertThat(result.getResponse().getStatus()).isEqualTo(status);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"status\":" + status)
                    .doesNotContain("Exception").doesNotContain("org.parley").doesNotContain("java.")
                    .doesNotContain("\tat ").doesNotContain("trace");
        };
    }
}
