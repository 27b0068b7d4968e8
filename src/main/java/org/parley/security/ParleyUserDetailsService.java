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
        return accounts.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
