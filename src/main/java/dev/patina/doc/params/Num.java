package dev.patina.doc.params;

import dev.patina.doc.ParamRole;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A bounded real param ({@code double} component). {@code unit} is shown next to the value. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Num {
    String label();

    double min();

    double max();

    double def();

    String unit() default "";

    String help();

    /**
     * True for the one param (0..1) that only mixes the full effect into the pixels below in linear
     * light, out = below + (full − below)·p (film strength, depth-of-field amount). The renderer
     * computes the effect once at full strength and mixes per tile, so dragging it costs a blend.
     */
    boolean mix() default false;

    ParamRole role() default ParamRole.NONE;
}
