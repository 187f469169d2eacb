package dev.patina.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patina.doc.ParamSpec;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Lists every layer type with its declared params, as text or JSON. */
@Command(name = "layers", mixinStandardHelpOptions = true,
    description = "List every layer type and its parameters.")
public final class LayersCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Print JSON (name, type, min, max, default, unit, description).")
    boolean json;

    @Override public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(describe(m)));
        } else {
            for (Op op : OpRegistry.all()) {
                out.printf("%s  (%s) — %s%n", op.id(), op.displayName(), op.description());
                for (ParamSpec p : op.schema().specs()) out.println("    " + line(p));
            }
        }
        out.flush();
        return 0;
    }

    static ArrayNode describe(ObjectMapper m) {
        ArrayNode arr = m.createArrayNode();
        for (Op op : OpRegistry.all()) {
            ObjectNode o = arr.addObject();
            o.put("type", op.id());
            o.put("name", op.displayName());
            o.put("description", op.description());
            o.put("paramsVersion", op.schema().version());
            ArrayNode params = o.putArray("params");
            for (ParamSpec p : op.schema().specs()) {
                ObjectNode n = params.addObject();
                n.put("name", p.name());
                n.put("label", p.label());
                n.put("type", p.typeName());
                if (p instanceof ParamSpec.Number num) {
                    n.put("min", num.min());
                    n.put("max", num.max());
                    n.put("default", num.defaultNumber());
                    n.put("unit", num.unit());
                } else if (p instanceof ParamSpec.Choice c) {
                    n.put("default", c.defaultValue());
                    c.choices().forEach(n.putArray("choices")::add);
                } else if (p instanceof ParamSpec.FileRef f) {
                    n.put("default", "");
                    f.extensions().forEach(n.putArray("extensions")::add);
                } else if (p instanceof ParamSpec.Flag f) {
                    n.put("default", f.defaultOn());
                } else if (p instanceof ParamSpec.Point pt) {
                    n.putArray("default").add(pt.defaultPoint().x()).add(pt.defaultPoint().y());
                }
                if (p instanceof ParamSpec.Number num && num.mix()) n.put("mix", true);
                n.put("description", p.description());
            }
        }
        return arr;
    }

    private static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String line(ParamSpec p) {
        if (p instanceof ParamSpec.Number n) {
            return String.format(Locale.ROOT, "%-12s %s..%s (default %s%s)  %s", n.name(), num(n.min()), num(n.max()),
                num(n.defaultNumber()), n.unit().isEmpty() ? "" : " " + n.unit(), n.description());
        }
        if (p instanceof ParamSpec.Choice c) {
            return String.format(Locale.ROOT, "%-12s one of %s (default %s)  %s", c.name(),
                String.join(", ", c.choices()), c.defaultValue(), c.description());
        }
        if (p instanceof ParamSpec.FileRef f) {
            return String.format(Locale.ROOT, "%-12s file %s  %s", f.name(), String.join(", ", f.extensions()), f.description());
        }
        if (p instanceof ParamSpec.Point pt) {
            return String.format(Locale.ROOT, "%-12s point [x, y] in 0..1 (default [%s, %s])  %s", pt.name(),
                num(pt.defaultPoint().x()), num(pt.defaultPoint().y()), pt.description());
        }
        ParamSpec.Flag f = (ParamSpec.Flag) p;
        return String.format(Locale.ROOT, "%-12s true/false (default %s)  %s", f.name(), f.defaultOn(), f.description());
    }
}
