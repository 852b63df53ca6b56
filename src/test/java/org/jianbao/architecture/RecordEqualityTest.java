package org.jianbao.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jianbao.TestFonts;
import org.jianbao.font.FontChain;
import org.jianbao.inline.LineSpec;
import org.jianbao.inline.Run;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Align;
import org.jianbao.model.Color;
import org.jianbao.model.Lang;
import org.jianbao.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Records used as map keys on the cold path write their equals and hashCode out by hand
 * (docs/performance.md: the generated ones are bootstrapped at run time). Written out, they must
 * still mean what a record's do: equal exactly when every component is equal — a component added
 * later and forgotten there would make two different paragraphs share a cache entry.
 */
class RecordEqualityTest {
    /** Two different values for each component type the records use. */
    private static final Map<Class<?>, Object[]> VALUES = Map.ofEntries(
            Map.entry(int.class, new Object[] {1, 2}),
            Map.entry(double.class, new Object[] {1.5, 2.5}),
            Map.entry(boolean.class, new Object[] {false, true}),
            Map.entry(String.class, new Object[] {"甲", "乙"}),
            Map.entry(Path.class, new Object[] {Path.of("a.json"), Path.of("b.json")}),
            Map.entry(Problem.Severity.class, Problem.Severity.values()),
            Map.entry(Lang.class, Lang.values()),
            Map.entry(Align.class, Align.values()),
            Map.entry(Color.class, new Object[] {new Color(0, 0, 0), new Color(200, 0, 0)}),
            Map.entry(List.class, new Object[] {List.of(TestFonts.face("Noto Serif CJK SC")),
                List.of(TestFonts.face("LXGW WenKai"))}),
            Map.entry(FontChain.class, new Object[] {TestFonts.serif(), null}),
            Map.entry(TextStyle.class, new Object[] {
                new TextStyle(TestFonts.serif(), 12, new Color(0, 0, 0), Lang.HANS, 0), null}));

    @Test
    void writtenOutEqualityComparesEveryComponent() throws Exception {
        for (Class<?> type : List.of(Problem.class, Color.class, TextStyle.class, Run.class, LineSpec.class,
                FontChain.class)) {
            RecordComponent[] parts = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> make = type.getDeclaredConstructor(types);
            Object[] base = new Object[parts.length];
            for (int i = 0; i < parts.length; i++) {
                base[i] = value(type, parts[i], 0);
            }
            Object a = make.newInstance(base);
            Object b = make.newInstance(base.clone());
            assertEquals(a, b, type.getSimpleName() + ": equal components, equal records");
            assertEquals(a.hashCode(), b.hashCode(), type.getSimpleName() + ": equal records, equal hash codes");
            for (int i = 0; i < parts.length; i++) {
                Object[] other = base.clone();
                other[i] = value(type, parts[i], 1);
                assertNotEquals(a, make.newInstance(other),
                        type.getSimpleName() + "." + parts[i].getName() + " differs, yet the records are equal");
            }
        }
    }

    private static Object value(Class<?> record, RecordComponent c, int which) {
        Object[] v = VALUES.get(c.getType());
        if (v == null) {
            throw new AssertionError(record.getSimpleName() + "." + c.getName() + ": no test values for " + c.getType());
        }
        return v[which];
    }
}
