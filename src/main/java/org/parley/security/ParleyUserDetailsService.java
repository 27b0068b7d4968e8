package org.parley.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class ParleyUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    ParleyUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        // an invited person who has not set a password yet cannot sign in
        return accounts.findByEmail(email).filter(user -> user.getPassword() != null).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
