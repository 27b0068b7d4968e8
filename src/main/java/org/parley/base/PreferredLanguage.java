package org.parley.base;

import java.util.Locale;
import java.util.Optional;

/** The interface language the signed-in person chose in their profile; the security feature provides it. */
public interface PreferredLanguage {

    Optional<Locale> ofSignedInPerson();
}
