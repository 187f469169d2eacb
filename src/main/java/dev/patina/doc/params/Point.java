package dev.patina.doc.params;

import dev.patina.doc.ParamRole;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A point of the picture ({@link dev.patina.doc.ImagePoint} component), written {@code [x, y]} in files. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Point {
    String label();

    double x();

    double y();

    String help();

    ParamRole role() default ParamRole.NONE;
}
