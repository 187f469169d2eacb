package dev.patina.doc.params;

import dev.patina.doc.ParamRole;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A path to a resource file ({@code String} component; empty = none), ending in one of {@code ext}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface FilePath {
    String label();

    String[] ext();

    String help();

    ParamRole role() default ParamRole.NONE;
}
