package org.parley.document;

import org.parley.base.UserFacingException;

public class DocumentNotFoundException extends UserFacingException {

    public DocumentNotFoundException() {
        super("error.not-found");
    }
}
