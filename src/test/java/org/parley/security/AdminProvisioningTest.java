package org.parley.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.parley.testsupport.ParleyTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

/**
 * The admin account and token come from configuration at start-up, so this class must not reset the
 * database: what it checks was written when its application context started.
 */
@ParleyTest
@TestPropertySource(properties = {
        "parley.admin.email=Ops@Parley.test",
        "parley.admin.password=provisioned-password-1",
        "parley.admin.token=pat_provisioned-admin-token-0123456789"})
class AdminProvisioningTest {

    private static final String EMAIL = "Ops@Parley.test";

    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    DSLContext dsl;

    @Test
    void provisioned_admin_authenticates_with_the_configured_token() {
        ParleyUser admin = tokens.authenticate("pat_provisioned-admin-token-0123456789").orElseThrow();

        assertThat(admin.role()).isEqualTo(GlobalRole.ADMIN);
        assertThat(admin.getUsername()).isEqualTo(EMAIL);
        assertThat(admin.isEnabled()).isTrue();
    }

    @Test
    void provisioned_admin_logs_in_with_the_configured_password() {
        var admin = userDetails.loadUserByUsername("ops@parley.test");

        assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(passwordEncoder.matches("provisioned-password-1", admin.getPassword())).isTrue();
        assertThat(passwordEncoder.matches("provisioned-password-2", admin.getPassword())).isFalse();
        assertThat(admin.getPassword()).doesNotContain("provisioned-password-1");
    }

    @Test
    void provisioning_is_audited_without_an_actor_and_stores_only_the_token_hash() {
        Record event = dsl.fetchOne("select actor_id, after->>'email' as email from audit_event "
                + "where action = 'person.admin-provisioned' order by id desc limit 1");
        assertThat(event).isNotNull();
        assertThat(event.get("actor_id")).isNull();
        assertThat(event.get("email", String.class)).isEqualTo(EMAIL);
        assertThat(dsl.fetch("select t::text from api_token t").getValues(0, String.class))
                .noneMatch(row -> row.contains("provisioned-admin-token"));
    }
}
