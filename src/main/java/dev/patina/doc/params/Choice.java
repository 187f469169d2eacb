package dev.patina.doc.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One of a fixed set of names: the component is an enum implementing {@link Named}, whose
 * constants' {@link Named#id() ids} are the choices (in declaration order).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Choice {
    String label();

    /** The id of the default constant. */
    String def();

    String help();
}
