package dev.patina.doc.params;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that is itself a params record shared by several layers (the depth source of
 * depth of field and relight): its params appear flat in the layer's schema and files.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Group {}
