package org.parley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.parley.document.VersionRounds;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The layout rules of STYLE.md that the compiler does not enforce. */
@AnalyzeClasses(packages = "org.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final Pattern FEATURE_UI = Pattern.compile("^org\\.parley\\.([a-z]+)\\.ui(\\..*)?$");

    @ArchTest
    static final ArchRule features_form_no_cycle = slices().matching("org.parley.(*)..").should().beFreeOfCycles()
            .because("a feature's root package is its API, and features depend on each other one way only");

    @ArchTest
    static final ArchRule the_shared_kernel_and_shell_know_no_feature = noClasses()
            .that().resideInAPackage("org.parley.base..")
            .should().dependOnClassesThat(DescribedPredicate.describe("a feature of Parley", (JavaClass c) ->
                    c.getPackageName().startsWith("org.parley.") && !c.getPackageName().startsWith("org.parley.base")
                            && !c.getPackageName().startsWith("org.parley.jooq")))
            .because("features contribute navigation links and header items to the shell, not the other way round");

    @ArchTest
    static final ArchRule views_and_rest_controllers_touch_neither_sql_nor_the_index = noClasses()
            .that().resideInAnyPackage("..ui..", "org.parley.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.parley.jooq..",
                    "org.apache.lucene..")
            .because("views and controllers call one service per user action");

    @ArchTest
    static final ArchRule only_repositories_use_jooq = noClasses()
            .that(DescribedPredicate.not(repositoryOrJournal()))
            .and().resideOutsideOfPackage("org.parley.jooq..")
            .should().dependOnClassesThat().resideInAnyPackage("org.parley.jooq..", "org.jooq..")
            .because("only *Repository classes (and the journal and the shared round rules) touch jOOQ");

    @ArchTest
    static final ArchRule repositories_are_internal_to_their_feature = classes()
            .that().haveSimpleNameEndingWith("Repository").and().resideOutsideOfPackage("org.parley.jooq..")
            .should().notBePublic();

    @ArchTest
    static final ArchRule a_features_ui_uses_only_its_own_ui_and_the_shell = classes()
            .that().resideInAPackage("..ui..")
            .should(useNoOtherFeaturesUi());

    /**
     * A *Repository class, a class nested in one, the journal (audit trail and change log), or the round rules
     * that several features' repositories share as SQL ({@link VersionRounds}).
     */
    private static DescribedPredicate<JavaClass> repositoryOrJournal() {
        return DescribedPredicate.describe("a *Repository, the journal or VersionRounds", javaClass -> {
            String topLevel = javaClass.getName().replaceAll("\\$.*$", "");
            return topLevel.endsWith("Repository") || javaClass.getPackageName().equals("org.parley.journal")
                    || topLevel.equals(VersionRounds.class.getName());
        });
    }

    /** {@code org.parley.X.ui} may use its own ui package and the shell's ({@code org.parley.base.ui}). */
    private static ArchCondition<JavaClass> useNoOtherFeaturesUi() {
        return new ArchCondition<>("use no other feature's ui package, except the shell's") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> originFeature = featureOfUi(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> targetFeature = featureOfUi(target.getPackageName());
                    if (targetFeature.isEmpty() || targetFeature.equals(originFeature)
                            || targetFeature.get().equals("base")) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                }
            }
        };
    }

    private static Optional<String> featureOfUi(String packageName) {
        Matcher m = FEATURE_UI.matcher(packageName);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
