package org.jianbao.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jianbao.TestFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, checked on the compiled classes: the pipeline's packages depend on each
 * other in one direction only, OpenPDF stays inside the PDF exporter and its bridge, and the
 * facade stays a facade.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jianbao");
    }

    /** Package → the packages of this project it uses. */
    private static Map<String, Set<String>> packageGraph() {
        Map<String, Set<String>> uses = new TreeMap<>();
        for (JavaClass c : classes) {
            String from = c.getPackageName();
            if (!from.startsWith("org.jianbao")) {
                continue;
            }
            Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String p = d.getTargetClass().getPackageName();
                if (p.startsWith("org.jianbao") && !p.equals(from)) {
                    to.add(p);
                }
            }
        }
        return uses;
    }

    @Test
    void noTwoPackagesDependOnEachOtherEvenThroughOthers() {
        Map<String, Set<String>> g = packageGraph();
        List<String> cycles = new ArrayList<>();
        for (String start : g.keySet()) {
            // a path from a package back to itself is a cycle
            List<String> path = new ArrayList<>();
            if (reaches(g, start, start, path, new TreeSet<>())) {
                cycles.add(start + " → " + String.join(" → ", path));
            }
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    private static boolean reaches(Map<String, Set<String>> g, String from, String target, List<String> path,
                                   Set<String> seen) {
        for (String next : g.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target) || seen.add(next) && reaches(g, next, target, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    @Test
    void onlyThePdfExporterAndItsBridgeUseOpenPdf() {
        noClasses().that().resideOutsideOfPackages("org.jianbao.export.pdf", "com.lowagie..")
                .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
                .because("OpenPDF is the PDF exporter's business alone (docs/architecture.md)")
                .check(classes);
    }

    @Test
    void layoutNeverReachesForAnExporter() {
        noClasses().that().resideInAnyPackage("org.jianbao.descriptor..", "org.jianbao.model..",
                        "org.jianbao.text..", "org.jianbao.inline..", "org.jianbao.page..", "org.jianbao.frame..",
                        "org.jianbao.font..", "org.jianbao.image..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jianbao.export..", "org.jianbao.cli..")
                .because("data flows one way: descriptor → model → layout → frames → export")
                .check(classes);
    }

    @Test
    void theFacadeStaysSmall() throws IOException {
        Path facade = TestFonts.home().resolve("src/main/java/org/jianbao/Jianbao.java");
        long lines = Files.readAllLines(facade).size();
        assertTrue(lines <= 120, "Jianbao.java has " + lines + " lines: it reads, lays out and exports, nothing else");
    }
}
