package org.parley.security;

import org.parley.base.PermissionDeniedException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.base.UserFacingException;
import org.parley.organisation.Person;
import org.parley.testsupport.ParleyTest;
import org.parley.testsupport.TestData;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyTest
class ApiTokenServiceTest {

    @Autowired
    org.parley.testsupport.TestClock clock;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    TestData data;
    @Autowired
    DSLContext dsl;

    Person owner;

    @BeforeEach
    void signInOwner() {
        data.reset();
        owner = data.person(GlobalRole.EDITOR);
        data.signIn(owner);
    }

    static String sha256(String secret) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> apiTokenRowsAsText() {
        return dsl.fetch("select t::text from api_token t").getValues(0, String.class);
    }

    @Test
    void new_token_is_returned_once_and_only_its_sha256_hash_is_stored() throws NoSuchAlgorithmException {
        String secret = tokens.createForCurrentUser("  CI pipeline ");

        assertThat(secret).startsWith("pat_").hasSizeGreaterThan(40);
        assertThat(dsl.fetchValue("select token_hash from api_token")).isEqualTo(sha256(secret));
        assertThat(apiTokenRowsAsText()).singleElement().asString()
                .doesNotContain(secret).doesNotContain(secret.substring(4));
        assertThat(dsl.fetch("select a::text from audit_event a").getValues(0, String.class))
                .noneMatch(row -> row.contains(secret.substring(4)));
        List<ApiToken> listed = tokens.tokensOfCurrentUser();
        assertThat(listed).singleElement().satisfies(token -> {
            assertThat(token.name()).isEqualTo("CI pipeline");
            assertThat(token.personId()).isEqualTo(owner.id());
            assertThat(token.revokedAt()).isNull();
            assertThat(token.lastUsedAt()).isNull();
            assertThat(token.toString()).doesNotContain(secret.substring(4));
        });
    }

    @Test
    void two_tokens_are_different() {
        assertThat(tokens.createForCurrentUser("one")).isNotEqualTo(tokens.createForCurrentUser("two"));
    }

    @Test
    void token_authenticates_its_owner_and_marks_itself_used() {
        String secret = tokens.createForCurrentUser("script");
        data.person(GlobalRole.READER);
        data.signOut();

        ParleyUser user = tokens.authenticate(secret).orElseThrow();

        assertThat(user.personId()).isEqualTo(owner.id());
        assertThat(user.getUsername()).isEqualTo(owner.email());
        assertThat(user.role()).isEqualTo(GlobalRole.EDITOR);
        data.signIn(owner);
        assertThat(tokens.tokensOfCurrentUser()).singleElement()
                .satisfies(token -> assertThat(token.lastUsedAt()).isNotNull());
    }

    @Test
    void a_tokens_last_use_is_written_at_most_once_a_minute_so_that_reading_calls_do_not_wait_for_a_commit() {
        String secret = tokens.createForCurrentUser("script");
        tokens.authenticate(secret).orElseThrow();
        var first = tokens.tokensOfCurrentUser().get(0).lastUsedAt();

        clock.advance(java.time.Duration.ofSeconds(30));
        tokens.authenticate(secret).orElseThrow();
        assertThat(tokens.tokensOfCurrentUser().get(0).lastUsedAt()).isEqualTo(first);

        clock.advance(java.time.Duration.ofSeconds(31));
        tokens.authenticate(secret).orElseThrow();
        assertThat(tokens.tokensOfCurrentUser().get(0).lastUsedAt()).isAfter(first);
    }

    @Test
    void a_verified_token_is_trusted_for_a_few_seconds_then_verified_again() {
        String secret = tokens.createForCurrentUser("script");
        assertThat(tokens.recentlyVerified(secret)).isEmpty();
        tokens.authenticate(secret).orElseThrow();
        // revoked on another node: this node learns it when its trust runs out
        dsl.execute("update api_token set revoked_at = now()");

        assertThat(tokens.recentlyVerified(secret)).hasValueSatisfying(
                user -> assertThat(user.personId()).isEqualTo(owner.id()));
        clock.advance(ApiTokenService.VERIFIED_FOR);
        assertThat(tokens.recentlyVerified(secret)).isEmpty();
        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void a_token_revoked_on_this_node_is_no_longer_trusted_at_once() {
        String secret = tokens.createForCurrentUser("script");
        tokens.authenticate(secret).orElseThrow();

        tokens.revoke(tokens.tokensOfCurrentUser().get(0).id());

        assertThat(tokens.recentlyVerified(secret)).isEmpty();
    }

    @Test
    void a_token_is_never_trusted_past_its_expiry() {
        String secret = tokens.createForCurrentUser("script");
        dsl.execute("update api_token set expires_at = ?::timestamptz", OffsetDateTime.now(clock).plusSeconds(3).toString());
        tokens.authenticate(secret).orElseThrow();

        clock.advance(java.time.Duration.ofSeconds(2));
        assertThat(tokens.recentlyVerified(secret)).isPresent();
        clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(tokens.recentlyVerified(secret)).isEmpty();
    }

    @Test
    void a_token_of_a_disabled_account_is_neither_accepted_nor_trusted() {
        String secret = tokens.createForCurrentUser("script");
        dsl.execute("update person set enabled = false where id = ?", owner.id());

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(tokens.recentlyVerified(secret)).isEmpty();
    }

    @Test
    void revoked_token_no_longer_authenticates() {
        String secret = tokens.createForCurrentUser("script");
        long id = tokens.tokensOfCurrentUser().get(0).id();

        tokens.revoke(id);

        assertThat(tokens.authenticate(secret)).isEmpty();
        assertThat(tokens.tokensOfCurrentUser()).singleElement()
                .satisfies(token -> assertThat(token.revokedAt()).isNotNull());
        assertThat(dsl.fetchCount(dsl.selectFrom("audit_event").where("action = 'api-token.revoked'")))
                .isEqualTo(1);
    }

    @Test
    void nobody_else_can_revoke_a_token() {
        String secret = tokens.createForCurrentUser("script");
        long id = tokens.tokensOfCurrentUser().get(0).id();
        data.signIn(data.person(GlobalRole.ADMIN));

        tokens.revoke(id);

        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void unknown_or_malformed_tokens_do_not_authenticate() {
        String secret = tokens.createForCurrentUser("script");

        assertThat(tokens.authenticate("pat_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.authenticate(secret.substring(4))).isEmpty();
        assertThat(tokens.authenticate(secret + "x")).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate(null)).isEmpty();
    }

    @Test
    void token_of_a_disabled_person_does_not_authenticate() {
        String secret = tokens.createForCurrentUser("script");
        assertThat(tokens.authenticate(secret)).isPresent();

        dsl.execute("update person set enabled = false where id = ?", owner.id());

        assertThat(tokens.authenticate(secret)).isEmpty();
    }

    @Test
    void token_needs_a_name_of_at_most_100_characters() {
        UserFacingException refusal = catchThrowableOfType(UserFacingException.class,
                () -> tokens.createForCurrentUser("   "));
        assertThat(refusal.messageKey()).isEqualTo("token.error.name");
        assertThat(refusal.arguments()).containsExactly(100);
        assertThatThrownBy(() -> tokens.createForCurrentUser("x".repeat(101))).isInstanceOf(UserFacingException.class);
        assertThat(tokens.createForCurrentUser("x".repeat(100))).startsWith("pat_");
        assertThat(dsl.fetchCount(dsl.selectFrom("api_token"))).isEqualTo(1);
    }

    @Test
    void anonymous_visitor_cannot_create_tokens() {
        data.signOut();

        PermissionDeniedException refusal = catchThrowableOfType(PermissionDeniedException.class,
                () -> tokens.createForCurrentUser("script"));

        assertThat(refusal.isLoginRequired()).isTrue();
        assertThat(dsl.fetchCount(dsl.selectFrom("api_token"))).isZero();
    }

    @Test
    void provisioned_token_is_registered_once_and_authenticates() throws NoSuchAlgorithmException {
        String secret = "pat_provisioned-secret-0123456789";

        tokens.registerProvisioned(owner.id(), secret);
        tokens.registerProvisioned(owner.id(), secret);

        assertThat(dsl.fetch("select token_hash from api_token").getValues(0, String.class))
                .containsExactly(sha256(secret));
        assertThat(tokens.authenticate(secret)).map(ParleyUser::personId).contains(owner.id());
    }

    @Test
    void provisioned_token_shorter_than_24_characters_is_refused() {
        assertThatThrownBy(() -> tokens.registerProvisioned(owner.id(), "pat_short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dsl.fetchCount(dsl.selectFrom("api_token"))).isZero();
    }

    @Test
    void provisioned_token_without_the_pat_prefix_is_refused_rather_than_stored_unusable() {
        assertThatThrownBy(() -> tokens.registerProvisioned(owner.id(), "admin-secret-0123456789abcdef"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pat_");
        assertThat(dsl.fetchCount(dsl.selectFrom("api_token"))).isZero();
    }
}
