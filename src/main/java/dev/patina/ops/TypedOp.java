package dev.patina.ops;

import dev.patina.doc.Migration;
import dev.patina.doc.ParamSchema;
import dev.patina.doc.Params;

/**
 * An op whose params are the record {@code P}: the schema (names, ranges, defaults, units, labels,
 * the mix param, roles) is read off P's annotated components, and the kernel is made from a P, so
 * a misspelt or mistyped param is a compile error. See CONTRIBUTING.md for adding a layer.
 */
public abstract class TypedOp<P extends Record> implements Op {
    private final Class<P> paramsType;
    private final ParamSchema schema;

    /**
     * @param version    the params' schema version: raise it when a param is renamed or rescaled,
     *                   and give the migration from the version before
     */
    protected TypedOp(String id, Class<P> paramsType, int version, Migration... migrations) {
        this.paramsType = paramsType;
        this.schema = ParamSchema.of(id, paramsType, version, migrations);
    }

    @Override public final ParamSchema schema() { return schema; }

    @Override public final OpKernel prepare(Params params, Resources resources) {
        return kernel(params.as(paramsType), resources);
    }

    /** The kernel for these params; files they name are read through resources. */
    protected abstract OpKernel kernel(P params, Resources resources);
}
