package org.modesign.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.modesign.format.DesignReader;
import org.modesign.format.LoadResult;
import org.modesign.model.Role;

/**
 * The git set-up of the README, end to end in a temporary repository: {@code .gitattributes} with
 * {@code *.modesign merge=modesign diff=modesign}, the merge driver and the textconv. Two branches
 * that change different roles of a sample merge without conflict; a real conflict leaves a design
 * that loads and a message on standard error; {@code git diff} shows facts. The command is this
 * JVM's {@code java} with the test class path and {@code org.modesign.app.Launcher} instead of
 * {@code -jar modesign.jar}. Skipped when git is not installed.
 */
class GitMergeDriverTest {

    @TempDir
    Path repo;

    @BeforeAll
    static void needsGit() {
        boolean git;
        try {
            git = new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            git = false;
        }
        assumeTrue(git, "git is not installed");
    }

    private record Run(int exit, String output) {
    }

    private Run git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        builder.environment().put("HOME", repo.toString());
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(p.exitValue(), output);
    }

    /** {@code java -cp CLASSPATH org.modesign.app.Launcher}, quoted for git's shell. */
    private static String modesign() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        return "'" + java + "' -Djava.awt.headless=true -cp '" + cp + "' org.modesign.app.Launcher";
    }

    private void setUp() throws IOException, InterruptedException {
        assertEquals(0, git("init", "-q").exit());
        Files.writeString(repo.resolve(".gitattributes"), "*.modesign merge=modesign diff=modesign\n");
        assertEquals(0, git("config", "merge.modesign.name", "MOdesign design merge").exit());
        assertEquals(0, git("config", "merge.modesign.driver", modesign() + " merge %O %A %B --out %A").exit());
        assertEquals(0, git("config", "diff.modesign.textconv", modesign() + " show").exit());
        Files.copy(MergeCommandTest.SAMPLE, repo.resolve("plan.modesign"));
        assertEquals(0, git("add", ".").exit());
        assertEquals(0, git("commit", "-qm", "sample").exit());
    }

    private void commitOnBranch(String branch, String role, java.util.function.UnaryOperator<Role> change)
            throws IOException, InterruptedException {
        assertEquals(0, git("checkout", "-qb", branch, "main").exit());
        Path tmp = Files.createTempDirectory("side");
        Path changed = MergeCommandTest.withRole(tmp, "plan.modesign", role, change);
        Files.copy(changed, repo.resolve("plan.modesign"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, git("commit", "-qam", branch).exit());
    }

    private Role role(String id) {
        LoadResult result = new DesignReader().read(repo.resolve("plan.modesign"));
        assertTrue(result.ok(), result.problems()::toString);
        return (Role) result.design().scenarios().get(0).node(id).orElseThrow();
    }

    @Test
    void branchesThatChangeDifferentRolesMergeCleanly() throws IOException, InterruptedException {
        setUp();
        commitOnBranch("analyst", "analyst", r -> r.withTitle("Marketing analyst"));
        commitOnBranch("crm", "crm", r -> r.withFte(2));
        Run merge = git("merge", "--no-edit", "analyst");
        assertEquals(0, merge.exit(), merge.output());
        assertEquals("Marketing analyst", role("analyst").title());
        assertEquals(2, role("crm").fte());
        Run diff = git("diff", "main", "HEAD", "--", "plan.modesign");
        assertTrue(diff.output().contains("-scenario one / role analyst / title: \"Freelance marketing analyst\"\n"
                + "+scenario one / role analyst / title: \"Marketing analyst\"\n"), diff.output());
    }

    @Test
    void aRealConflictLeavesADesignThatLoadsAndSaysWhere() throws IOException, InterruptedException {
        setUp();
        commitOnBranch("ours", "analyst", r -> r.withTitle("Marketing analyst"));
        commitOnBranch("theirs", "analyst", r -> r.withTitle("Data analyst"));
        assertEquals(0, git("checkout", "-q", "ours").exit());
        Run merge = git("merge", "--no-edit", "theirs");
        assertTrue(merge.exit() != 0, merge.output());
        assertTrue(merge.output().contains("Conflict at scenarios[0].nodes[5].title (role \"analyst\""), merge.output());
        assertTrue(merge.output().contains("ours \"Marketing analyst\", theirs \"Data analyst\"; kept ours."),
                merge.output());
        assertEquals("Marketing analyst", role("analyst").title());
        assertTrue(!Files.readString(repo.resolve("plan.modesign")).contains("<<<<<<<"));
        assertTrue(git("status", "--porcelain").output().contains("UU plan.modesign"));
    }
}
