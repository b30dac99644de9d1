package org.campuspilot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the house keeps (STYLE.md, decision 0016), checked on the compiled classes with ArchUnit: view models
 * are plain Java (nothing from {@code javafx.scene}); the lower floors ({@code shared}, {@code db}, {@code document},
 * {@code ui}) know no feature; features form no cycle; only {@code app} builds the object graph; the window's shell
 * ({@code app}) and the command line ({@code cli}) are two rooms.
 */
class ArchitectureTest {
    private static final String ROOT = "org.campuspilot";
    private static final List<String> LOWER_FLOORS = List.of("shared", "db", "document", "ui");
    private static final List<String> FEATURES = List.of("action", "backup", "campus", "company", "contact",
            "dashboard", "demo", "establishment", "event", "grant", "history", "importing", "label", "report",
            "search");
    /** The repositories of one file, as a record the composition root fills: above the features it gathers. */
    private static final String STORE = "store";

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }

    @Test
    void everyPackageIsAFloorAFeatureOrARoom() {
        List<String> known = new java.util.ArrayList<>(LOWER_FLOORS);
        known.addAll(FEATURES);
        known.addAll(List.of(STORE, "app", "cli"));
        for (JavaClass c : classes) {
            String rest = c.getPackageName().substring(ROOT.length()).replaceFirst("^\\.", "");
            String top = rest.split("\\.", 2)[0];
            if (!known.contains(top)) {
                throw new AssertionError(c.getName() + " is in a package this test does not know: add it to "
                        + "LOWER_FLOORS or FEATURES, so the rules below cover it");
            }
        }
    }

    @Test
    void viewModelsImportNothingFromJavafxScene() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().areNestedClasses().and(enclosedByAViewModel())
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("a view model is unit tested without a toolkit (STYLE.md: thin controller, fat view model)");
        rule.check(classes);
    }

    private static DescribedPredicate<JavaClass> enclosedByAViewModel() {
        return DescribedPredicate.describe("enclosed by a view model", c -> c.getEnclosingClass()
                .map(e -> e.getSimpleName().endsWith("ViewModel")).orElse(false));
    }

    @Test
    void theLowerFloorsImportNoFeature() {
        List<String> above = new java.util.ArrayList<>(FEATURES);
        above.addAll(List.of(STORE, "app", "cli"));
        noClasses().that().resideInAnyPackage(packages(LOWER_FLOORS))
                .should().dependOnClassesThat().resideInAnyPackage(packages(above))
                .because("shared, db, document and ui serve every feature and know none of them")
                .check(classes);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingBelowTheRoomsKnowsThem() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".app..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".app..", ROOT + ".cli..")
                .check(classes);
    }

    @Test
    void theWindowAndTheCommandLineAreTwoRooms() {
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".app..")
                .because("the command line runs without the window's shell")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("a headless command never loads the graphical toolkit")
                .check(classes);
        noClasses().that().resideInAPackage(ROOT + ".app..").and().doNotHaveSimpleName("Launcher")
                .and().doNotHaveSimpleName("HeadlessContext")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .because("only the launcher hands a command line to the cli room, with what HeadlessContext builds")
                .check(classes);
    }

    @Test
    void onlyAppBuildsTheObjectGraph() {
        classes().that().resideOutsideOfPackage(ROOT + ".app..")
                .should(constructOnlyTheirOwnPackagesParts())
                .because("the composition root (app.AppContext, app.HeadlessContext) wires repositories, services,"
                        + " view models and controllers; a feature builds only its own")
                .check(classes);
    }

    /** Calls no constructor of a repository, service, view model or controller of another package. */
    private static ArchCondition<JavaClass> constructOnlyTheirOwnPackagesParts() {
        return new ArchCondition<>("construct no repository, service, view model or controller of another package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaConstructorCall call : c.getConstructorCallsFromSelf()) {
                    JavaClass target = call.getTargetOwner();
                    String name = target.getSimpleName();
                    boolean part = name.endsWith("Repository") || name.endsWith("Service")
                            || name.endsWith("ViewModel") || name.endsWith("Controller");
                    if (part && target.getPackageName().startsWith(ROOT) && !c.isAssignableTo(target.getName())
                            && !target.getPackageName().equals(c.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
