package org.modesign.bench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.modesign.generator.DesignGenerator;
import org.modesign.generator.GeneratorSpec;
import org.modesign.model.Design;
import org.modesign.model.Node;
import org.modesign.ui.outline.ChartLink;
import org.modesign.ui.outline.OutlinePane;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 19's budgets for the outline as the user sees it, in the editor's window (1440×900,
 * software rendering, findings shown) on {@code generate --roles N}: the outline opens within
 * 300 ms ({@link #open}: a new outline put beside the chart, as View ▸ Outline does the first
 * time, until its first frame is on the screen), filters within 100 ms a key ({@link #filterKey}: the
 * next letter of "marke", or the field cleared, until the frame that shows the rows), and a
 * selection made in either shows in the other within one frame, 16 ms: {@link #chartToOutline} (a
 * card chosen as the chart or find chooses it, until the outline has opened the branches down to
 * its row, chosen it and scrolled to it, until the frame that shows both) and {@link
 * #outlineToChart} (a row chosen in the outline, until the chart's selection is set, the view
 * centred on the card, and the frame that shows it). A frame is the window's next pulse run and
 * rendered (see {@link ScreenPulse}). Sample time, with the processor time of the JavaFX thread,
 * and of it and the renderer's thread, printed after each iteration.
 *
 * <p>Run: {@code mvn -B -o -Pbench -DskipTests package && java -jar target/benchmarks.jar OutlineViewBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OutlineViewBenchmark extends InEditorWindow {

    @Param({"50000"})
    public int roles;

    private BenchWindow window;
    private SplitPane split;
    private OutlinePane outline;
    private List<String> deepCards;
    /** Cards shown on the chart as it opens (not folded away): what a click on the chart chooses. */
    private List<String> shownCards;
    private List<TreeItem<?>> rows;
    private int step;
    private final FxCpu cpu = new FxCpu();

    private static final String[] KEYS = {"m", "ma", "mar", "mark", "marke", ""};

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Design design = DesignGenerator.generate(new GeneratorSpec(roles, 3, 3, 22, 1, 1));
        List<Node> nodes = design.scenarios().get(0).nodes();
        deepCards = List.of(nodes.get(nodes.size() / 2).id(), nodes.get(nodes.size() - 3).id(),
                nodes.get(nodes.size() / 3).id());
        window = BenchWindow.open(design);
        BenchWindow.onFx(() -> {
            window.context.actions().run(org.modesign.ui.action.EditorAction.SHOW_OUTLINE);
            split = window.window.outline().node();
            outline = window.window.outline().outline();
            window.frame();
            rows = List.copyOf(secondLevel());
            var scene = window.chart().scene();
            List<String> shown = new java.util.ArrayList<>();
            for (int i = 0; i < scene.nodeCount() && shown.size() < 12; i++) {
                if (!scene.folds().hidden(i)) {
                    shown.add(scene.node(i).id());
                }
            }
            shownCards = List.copyOf(shown);
            return null;
        });
        System.out.printf("%n%d roles: %d rows at the second level of the outline%n", roles, rows.size());
    }

    private List<TreeItem<?>> secondLevel() {
        List<TreeItem<?>> found = new java.util.ArrayList<>();
        for (TreeItem<?> top : tree().getRoot().getChildren()) {
            found.addAll(top.getChildren());
        }
        return found;
    }

    /** The outline's tree (its rows' type is the outline's own). */
    private TreeView<?> tree() {
        return (TreeView<?>) outline.lookup("#outline-tree");
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.printf("%n  %s%n", cpu.summary("per operation"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        window.close();
    }

    /** The window's next frame, the outline and the chart in it: the frame that shows a change (see {@link ScreenPulse}). */
    private void frame() {
        window.frame();
    }

    /** View ▸ Outline the first time: a new outline of the design beside the chart, until its first frame. */
    @Benchmark
    public void open() throws Exception {
        BenchWindow.onFx(() -> {
            split.getItems().remove(outline);
            cpu.time(() -> {
                outline = new OutlinePane(window.context, new ChartLink() {
                    @Override
                    public void reveal(Collection<String> ids) {
                        ids.forEach(window.chart().folds()::reveal);
                    }

                    @Override
                    public void scrollTo(String id) {
                        window.chart().centerOnIfHidden(id);
                    }
                });
                split.getItems().add(0, outline);
                split.setDividerPositions(1.0 / 4);
                frame();
            });
            return null;
        });
    }

    /** One key typed into the filter field, until the rows it leaves are shown. */
    @Benchmark
    public void filterKey() throws Exception {
        String text = KEYS[step++ % KEYS.length];
        BenchWindow.onFx(() -> {
            cpu.time(() -> {
                outline.filterField().setText(text);
                frame();
            });
            return null;
        });
    }

    /** A card chosen on the chart (or by find) until its row is chosen and in view in the outline. */
    @Benchmark
    public void chartToOutline() throws Exception {
        chooseOnChart(deepCards.get(step++ % deepCards.size()));
    }

    /**
     * A card shown on the chart chosen (as a click chooses it: no branch to open) until its row is
     * chosen and in view in the outline and both are painted.
     */
    @Benchmark
    public void shownCardToOutline() throws Exception {
        chooseOnChart(shownCards.get(step++ % shownCards.size()));
    }

    /** Card {@code id} chosen as the chart chooses it, timed until the frame that shows it in both. */
    private void chooseOnChart(String id) throws Exception {
        BenchWindow.onFx(() -> {
            cpu.time(() -> {
                window.context.selection().selectNodes(Set.of(id));
                frame();
            });
            return null;
        });
    }

    /** A row chosen in the outline until the chart has chosen its card, centred it and painted. */
    @Benchmark
    @SuppressWarnings("unchecked")
    public void outlineToChart() throws Exception {
        int k = step++;
        BenchWindow.onFx(() -> {
            int i = k / 2 % rows.size();
            TreeItem<Object> row = (TreeItem<Object>) rows.get(k % 2 == 0 ? i : rows.size() - 1 - i);
            cpu.time(() -> {
                TreeView<Object> tree = (TreeView<Object>) tree();
                tree.getSelectionModel().clearAndSelect(tree.getRow(row));
                frame();
            });
            return null;
        });
    }
}
