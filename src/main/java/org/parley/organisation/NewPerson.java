package org.parley.organisation;

import org.parley.security.GlobalRole;

public record NewPerson(String email, String displayName, String preferredLanguage, GlobalRole role) {
}
