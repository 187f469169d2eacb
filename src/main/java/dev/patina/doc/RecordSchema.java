package dev.patina.doc;

import dev.patina.doc.params.Choice;
import dev.patina.doc.params.FilePath;
import dev.patina.doc.params.Flag;
import dev.patina.doc.params.Group;
import dev.patina.doc.params.Named;
import dev.patina.doc.params.Num;
import dev.patina.doc.params.Point;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The param declarations read off a params record's annotated components, and the way back from
 * validated values to the record. Reading the annotations once at class load is the whole
 * introspection: a component without an annotation, or an annotation on the wrong type, fails the
 * op's registration, so every op's schema is checked when Patina starts (and by the op tests).
 */
final class RecordSchema<R extends Record> {
    private final Class<R> type;
    private final Constructor<R> constructor;
    private final List<Part> parts;

    /** One record component: a leaf param or a nested group. */
    private record Part(RecordComponent component, ParamSpec spec, RecordSchema<?> group) {}

    private RecordSchema(Class<R> type) {
        this.type = type;
        RecordComponent[] comps = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(comps).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
        List<Part> ps = new ArrayList<>();
        for (RecordComponent c : comps) {
            if (c.isAnnotationPresent(Group.class)) {
                if (!c.getType().isRecord()) throw new IllegalArgumentException(c + ": @Group needs a record");
                ps.add(new Part(c, null, of(c.getType().asSubclass(Record.class))));
            } else {
                ps.add(new Part(c, spec(c), null));
            }
        }
        parts = List.copyOf(ps);
    }

    static <R extends Record> RecordSchema<R> of(Class<R> type) {
        if (!type.isRecord()) throw new IllegalArgumentException(type + " is not a record");
        return new RecordSchema<>(type);
    }

    Class<R> type() { return type; }

    List<ParamSpec> specs() {
        List<ParamSpec> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.group() != null) out.addAll(p.group().specs());
            else out.add(p.spec());
        }
        List<String> names = out.stream().map(ParamSpec::name).toList();
        if (names.stream().distinct().count() != names.size()) throw new IllegalArgumentException(type + ": param names repeat: " + names);
        return out;
    }

    /** The record of validated values (keyed by param name, as {@link Params} holds them). */
    R build(Map<String, Object> values) {
        Object[] args = new Object[parts.size()];
        for (int i = 0; i < args.length; i++) {
            Part p = parts.get(i);
            args[i] = p.group() != null ? p.group().build(values) : typed(p.component(), values.get(p.spec().name()));
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object typed(RecordComponent c, Object value) {
        Class<?> t = c.getType();
        if (t == double.class) return ((Number) value).doubleValue();
        if (t.isEnum()) return constant(t, (String) value);
        return value;
    }

    private static Object constant(Class<?> enumType, String id) {
        for (Object k : enumType.getEnumConstants()) if (((Named) k).id().equals(id)) return k;
        throw new IllegalArgumentException(enumType.getSimpleName() + " has no constant " + id);
    }

    private static ParamSpec spec(RecordComponent c) {
        String name = c.getName();
        Class<?> t = c.getType();
        Num nNum = c.getAnnotation(Num.class);
        if (nNum != null) {
            Num n = nNum;
            require(c, t == double.class, "@Num needs double");
            return new ParamSpec.Number(name, n.label(), n.min(), n.max(), n.def(), n.unit(), n.help(), n.mix(), n.role());
        }
        Flag fFlag = c.getAnnotation(Flag.class);
        if (fFlag != null) {
            Flag f = fFlag;
            require(c, t == boolean.class, "@Flag needs boolean");
            return new ParamSpec.Flag(name, f.label(), f.def(), f.help());
        }
        FilePath fFilePath = c.getAnnotation(FilePath.class);
        if (fFilePath != null) {
            FilePath f = fFilePath;
            require(c, t == String.class, "@FilePath needs String");
            return new ParamSpec.FileRef(name, f.label(), List.of(f.ext()), f.help(), f.role());
        }
        Point pPoint = c.getAnnotation(Point.class);
        if (pPoint != null) {
            Point p = pPoint;
            require(c, t == ImagePoint.class, "@Point needs ImagePoint");
            return new ParamSpec.Point(name, p.label(), new ImagePoint(p.x(), p.y()), p.help(), p.role());
        }
        Choice chChoice = c.getAnnotation(Choice.class);
        if (chChoice != null) {
            Choice ch = chChoice;
            require(c, t.isEnum() && Named.class.isAssignableFrom(t), "@Choice needs an enum implementing Named");
            List<String> ids = Arrays.stream(t.getEnumConstants()).map(k -> ((Named) k).id()).toList();
            return new ParamSpec.Choice(name, ch.label(), ids, ch.def(), ch.help());
        }
        throw new IllegalArgumentException(c.getDeclaringRecord().getSimpleName() + "." + name + " has no param annotation");
    }

    private static void require(RecordComponent c, boolean ok, String why) {
        if (!ok) throw new IllegalArgumentException(c.getDeclaringRecord().getSimpleName() + "." + c.getName() + ": " + why);
    }
}
