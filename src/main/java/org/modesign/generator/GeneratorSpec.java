package org.modesign.generator;

/**
 * The size of a generated design: roles per scenario, regions, phases, capabilities, scenarios;
 * tools in the catalogue (each deployed in every scenario's stack); and whether the other plan
 * fields of format v2 are filled in.
 */
public record GeneratorSpec(int roles, int regions, int phases, int capabilities, int scenarios, long seed,
        int tools, boolean v2) {

    /** Most roles per scenario, so that all nodes stay under the reader's 200,000-node limit. */
    public static final int MAX_ROLES = 150_000;

    /** Fewest bytes a generated role takes in the file (they take about 580). */
    static final long LEAST_ROLE_BYTES = 250;
    /** Fewest bytes a stack entry takes in the file: tool and region (with an owner about 110). */
    static final long LEAST_STACK_ENTRY_BYTES = 70;

    public GeneratorSpec {
        require(roles >= 1 && roles <= MAX_ROLES, "--roles must be between 1 and " + MAX_ROLES);
        require(regions >= 0 && regions <= 100, "--regions must be between 0 and 100");
        require(phases >= 1 && phases <= 100, "--phases must be between 1 and 100");
        require(capabilities >= 1 && capabilities <= 10_000, "--capabilities must be between 1 and 10000");
        require(scenarios >= 1 && scenarios <= 20, "--scenarios must be between 1 and 20");
        require((long) roles * scenarios <= MAX_ROLES, "--roles times --scenarios must be at most " + MAX_ROLES);
        require(tools >= 0 && tools <= 10_000, "--tools must be between 0 and 10000");
    }

    /** A design of format v1: no tools, no plan fields. */
    public GeneratorSpec(int roles, int regions, int phases, int capabilities, int scenarios, long seed) {
        this(roles, regions, phases, capabilities, scenarios, seed, 0, false);
    }

    /**
     * A lower bound of the size in bytes of the file written for a design of this size: its roles
     * and its stacks (each tool is deployed in about half the scenarios' global stacks and four in
     * five of their regions; the bound counts nine tenths of that). Sizes whose file would be too
     * large to read back can so be refused before the design is generated.
     */
    public long leastFileBytes() {
        double entriesPerTool = regions == 0 ? 1 : 0.5 + 0.8 * regions;
        double stackEntries = 0.9 * scenarios * (double) tools * entriesPerTool;
        return (long) roles * scenarios * LEAST_ROLE_BYTES + (long) (stackEntries * LEAST_STACK_ENTRY_BYTES);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
