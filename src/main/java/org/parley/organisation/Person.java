package org.parley.organisation;

import org.parley.security.GlobalRole;

public record Person(long id, String email, String displayName, String preferredLanguage, GlobalRole role,
                     boolean enabled) {
}
