package org.parley.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a call whose success answer carries an {@code ETag} (the revision to send back in If-Match), so that the
 * OpenAPI document lists the header ({@link ApiDocumentation}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface SendsEtag {

    /** False when only some answers carry it (e.g. a paragraph of a published version has none). */
    boolean always() default true;
}
