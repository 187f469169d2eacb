package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.io.Preset;
import dev.patina.io.ProjectCodec;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;
import dev.patina.render.TileRenderer;
import dev.patina.ui.canvas.CanvasTool;
import dev.patina.ui.canvas.CanvasView;
import dev.patina.ui.canvas.MaskTint;
import dev.patina.ui.canvas.TileTint;
import dev.patina.ui.files.ExportSettings;
import dev.patina.ui.files.ExportTask;
import dev.patina.ui.files.ImageLoader;
import dev.patina.ui.files.LoadedImage;
import dev.patina.ui.lint.LintPanel;
import dev.patina.ui.overlay.FieldTint;
import dev.patina.ui.overlay.LiveOverlays;
import dev.patina.ui.overlay.OverlaySubject;
import dev.patina.ui.overlay.OverlayToggles;
import dev.patina.ui.panels.BrushSettings;
import dev.patina.ui.panels.HistogramPanel;
import dev.patina.ui.panels.InspectorPanel;
import dev.patina.ui.panels.LayerEdits;
import dev.patina.ui.panels.LayersPanel;
import dev.patina.ui.panels.MaskPanel;
import dev.patina.ui.panels.StatusBar;
import dev.patina.ui.widgets.FocusPicking;
import dev.patina.ui.widgets.LayerWidgets;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Dimension;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor window: canvas on the left; histogram, layers, inspector, mask tools and the prompt
 * on the right; status bar below. It wires the panels to the session and carries out the file
 * commands (open, save, export, presets) with slow work in the background.
 */
public final class EditorFrame extends JFrame {
    private final AppConfig config;
    private final Settings settings;
    private final EditorSession session = new EditorSession();
    private final TileRenderer renderer;
    private final CanvasView canvas;
    private final LayerEdits edits = new LayerEdits(session);
    private final BrushSettings brush = new BrushSettings();
    private final JToggleButton.ToggleButtonModel overlay = new JToggleButton.ToggleButtonModel();
    private final JToggleButton.ToggleButtonModel split = new JToggleButton.ToggleButtonModel();
    private final OverlayToggles overlayToggles = new OverlayToggles(this::showDocument);
    private final FocusPicking focusPicking;
    private final LiveOverlays overlays;
    /** The selected layer's scene mask, found by the renderer, for the mask overlay. */
    private final LiveOverlays foundMasks;
    private final HistogramPanel histogram = new HistogramPanel();
    private final StatusBar status = new StatusBar();
    private final LintPanel prompt = new LintPanel(session, edits);
    private final MaskPanel maskPanel;
    private final PresetLibrary presets;
    private final Autosave autosave;
    private final EditorMenus menus;
    private final JProgressBar exportProgress = new JProgressBar();
    private final JButton exportCancel = new JButton("Cancel export");
    private ExportTask runningExport;
    private boolean loading;

    public EditorFrame(AppConfig config) {
        super("Patina");
        this.config = config;
        this.settings = new Settings(config.prefs());
        this.renderer = new TileRenderer(Math.max(1, settings.threads()), 256, settings.cacheMegabytes() * (1L << 20));
        this.canvas = new CanvasView(renderer);
        this.focusPicking = new FocusPicking(session, canvas);
        this.overlays = new LiveOverlays(renderer, SwingUtilities::invokeLater, this::showDocument, status::setMessage);
        this.foundMasks = new LiveOverlays(renderer, SwingUtilities::invokeLater, this::showDocument, status::setMessage);
        this.presets = new PresetLibrary(config.presetsDir());
        this.autosave = new Autosave(config.autosaveFile(), session);
        setName("editor");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override public void windowClosing(WindowEvent e) { quit(); }
        });
        maskPanel = new MaskPanel(session, brush, overlay, canvas::setTool);
        menus = new EditorMenus(this);
        setJMenuBar(menus.build());
        setContentPane(layoutContent());
        wireCanvas();
        session.addListener(this::sessionChanged);
        overlay.addItemListener(e -> showDocument());
        canvas.addPropertyChangeListener("tool", e -> maskPanel.showTool((CanvasTool) e.getNewValue()));
        split.addItemListener(e -> canvas.setSplit(split.isSelected()));
        setTransferHandler(new FileDrop());
        canvas.setTransferHandler(new FileDrop());
        setMinimumSize(new Dimension(900, 600));
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(1600, screen.width * 9 / 10), Math.min(1000, screen.height * 9 / 10));
        setLocationRelativeTo(null);
        sessionChanged(false);
        autosave.start();
    }

    private JComponent layoutContent() {
        JPanel root = new JPanel(new MigLayout("insets 0, gap 0, fill", "[grow, fill][360!]", "[grow, fill][]"));
        root.add(canvas, "wmin 200, hmin 200");
        // Every child may shrink to the column (wmin 0): one child wider than the viewport would widen
        // the whole column under the scrollbar and clip every row's right edge.
        JPanel side = new SidePanel(new MigLayout("insets 0, gap 0, wrap 1, fillx", "[grow, fill]"));
        JPanel histoBox = new JPanel(new MigLayout("insets 8, fill"));
        histoBox.add(histogram, "grow, h 110!");
        side.add(histoBox, "wmin 0");
        side.add(new JSeparator());
        side.add(new LayersPanel(session, edits), "wmin 0");
        side.add(new JSeparator());
        side.add(new InspectorPanel(session, new LayerWidgets(session, focusPicking.model(), overlayToggles)), "wmin 0");
        side.add(new JSeparator());
        side.add(maskPanel, "wmin 0");
        side.add(new JSeparator());
        side.add(prompt, "wmin 0");
        JScrollPane sideScroll = new JScrollPane(side, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        sideScroll.setBorder(BorderFactory.createMatteBorder(0, 1, 0, 0, javax.swing.UIManager.getColor("Component.borderColor")));
        sideScroll.getVerticalScrollBar().setUnitIncrement(16);
        sideScroll.setName("side.scroll");
        root.add(sideScroll, "wrap");
        JPanel bottom = new JPanel(new MigLayout("insets 0, gap 0, fill", "[grow, fill][][]"));
        bottom.add(status);
        exportProgress.setName("export.progress");
        exportProgress.setStringPainted(true);
        exportCancel.setName("export.cancelRunning");
        exportCancel.addActionListener(e -> { if (runningExport != null) runningExport.cancel(); });
        exportProgress.setVisible(false);
        exportCancel.setVisible(false);
        bottom.add(exportProgress, "w 200!, hidemode 3");
        bottom.add(exportCancel, "hidemode 3, gapright 8");
        root.add(bottom, "span 2");
        return root;
    }

    private void wireCanvas() {
        canvas.setObserver(new CanvasView.Observer() {
            @Override public void pointerAt(int x, int y, boolean inside) { status.setPointer(x, y, inside); }

            @Override public void viewChanged(double zoom) {
                status.setZoom(zoom);
                // An overlay follows the preview's scale.
                showDocument();
            }

            @Override public void renderProgress(int done, int total) { status.setProgress(done, total); }

            @Override public void previewFinished(int[] counts) { histogram.setCounts(counts); }

            @Override public void renderFailed(RuntimeException error) {
                status.setMessage("Render failed: " + ErrorDialogs.describe(error));
            }
        });
    }

    private void sessionChanged(boolean imageChanged) {
        if (imageChanged) {
            canvas.setImage(session.image(), session.document(), session.image().resources());
            prompt.show(session.image().generation());
        }
        showDocument();
        updateTitle();
        menus.refresh();
    }

    /**
     * Hands the current document to the canvas with the overlays that are on: the selected layer's
     * analysis overlay (depth, skin mask) once it is computed for this very state, and its mask.
     */
    private void showDocument() {
        if (!session.hasImage()) return;
        Document doc = session.document();
        Layer sel = session.selectedLayer();
        List<TileTint> tints = new ArrayList<>(2);
        FieldTint field = overlays.tintFor(OverlaySubject.of(doc, sel, overlayToggles.shown()),
            session.image(), canvas.viewport().renderScale());
        if (field != null) tints.add(field);
        Mask m = overlay.isSelected() && sel != null ? sel.mask() : null;
        if (m instanceof Mask.Scene) {
            FieldTint found = foundMasks.tintFor(OverlaySubject.foundMask(doc, sel), session.image(), canvas.viewport().renderScale());
            if (found != null) tints.add(found);
        } else {
            foundMasks.tintFor(null, session.image(), canvas.viewport().renderScale());
            if (m != null) tints.add(new MaskTint(m));
        }
        canvas.setDocument(doc, tints);
    }

    private void updateTitle() {
        String name = !session.hasImage() ? "" : session.projectFile() != null
            ? session.projectFile().getFileName().toString() : session.image().path().getFileName().toString();
        setTitle((session.isDirty() ? "* " : "") + (name.isEmpty() ? "" : name + " — ") + "Patina");
    }

    // ---- accessors for the menus and tests -------------------------------------------------

    EditorSession session() { return session; }

    CanvasView canvas() { return canvas; }

    LayerEdits edits() { return edits; }

    BrushSettings brush() { return brush; }

    MaskPanel maskPanel() { return maskPanel; }

    Settings settings() { return settings; }

    JToggleButton.ToggleButtonModel overlayModel() { return overlay; }

    JToggleButton.ToggleButtonModel splitModel() { return split; }

    OverlayToggles overlayToggles() { return overlayToggles; }

    FocusPicking focusPicking() { return focusPicking; }

    LiveOverlays overlays() { return overlays; }

    /** True when no overlay is being computed: what is shown is final. */
    boolean overlaysSettled() { return overlays.isSettled() && foundMasks.isSettled(); }

    Autosave autosave() { return autosave; }

    // ---- opening -------------------------------------------------------------------------

    /** Memory left for one more original: its float pixels, pyramid, preview cache and an export render. */
    long maxPixels() {
        long free = Runtime.getRuntime().maxMemory() - settings.cacheMegabytes() * (1L << 20);
        return Math.max(1_000_000L, free / 40);
    }

    void chooseAndOpen() {
        if (!confirmDiscard()) return;
        JFileChooser fc = new JFileChooser(lastFolder());
        fc.setFileFilter(new FileNameExtensionFilter("Images and projects", "jpg", "jpeg", "png", "tif", "tiff", "webp", "patina"));
        if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) open(fc.getSelectedFile().toPath(), true);
    }

    private File lastFolder() {
        List<Path> recent = settings.recentFiles();
        return recent.isEmpty() ? null : recent.get(0).getParent().toFile();
    }

    /** Opens an image or a project in the background; {@code checked} when unsaved changes were already confirmed. */
    public void open(Path file, boolean checked) {
        if (loading || (!checked && !confirmDiscard())) return;
        loading = true;
        status.setMessage("Opening " + file.getFileName() + "…");
        boolean project = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".patina");
        long budget = maxPixels();
        Background.run(() -> project ? Opened.project(file, budget) : Opened.image(file, budget), opened -> {
            loading = false;
            session.open(opened.image(), opened.document(), opened.project(), true);
            settings.addRecentFile(file);
            autosave.discard();
            menus.refresh();
            status.setMessage(opened.image().width() + " × " + opened.image().height() + " px");
        }, err -> {
            loading = false;
            status.setMessage("Could not open " + file.getFileName());
            ErrorDialogs.show(this, "Cannot open " + file.getFileName(), err);
        });
    }

    /** What an open produced: the original, the document and the project file (or null). */
    record Opened(LoadedImage image, Document document, Path project) {
        static Opened image(Path file, long budget) throws IOException {
            LoadedImage img = ImageLoader.load(file, budget);
            return new Opened(img, Document.of(img.sourceRef()), null);
        }

        static Opened project(Path file, long budget) throws IOException {
            Document doc = ProjectCodec.read(file);
            if (doc.source() == null) throw new dev.patina.io.InvalidFileException(file.getFileName() + ": names no original image");
            Path src = Path.of(doc.source().path());
            if (!java.nio.file.Files.exists(src)) {
                throw new dev.patina.io.InvalidFileException(file.getFileName() + ": its original " + src + " is missing");
            }
            LoadedImage img = ImageLoader.load(src, budget);
            return new Opened(img, doc.withSource(img.sourceRef()), file);
        }
    }

    /** Opens an autosaved project as unsaved work (it has no file of its own). */
    void recover(Path autosaved) {
        long budget = maxPixels();
        Background.run(() -> Opened.project(autosaved, budget), opened -> {
            session.open(opened.image(), opened.document(), null, false);
            status.setMessage("Recovered unsaved work");
        }, err -> ErrorDialogs.show(this, "Cannot recover", err));
    }

    /** Asks before throwing away unsaved changes; false = the user cancelled. */
    boolean confirmDiscard() {
        if (!session.isDirty()) return true;
        int r = JOptionPane.showConfirmDialog(this, "Save changes to " + titleName() + " first?", "Unsaved changes",
            JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE);
        if (r == JOptionPane.YES_OPTION) return saveProject(false);
        return r == JOptionPane.NO_OPTION;
    }

    private String titleName() {
        return session.projectFile() != null ? session.projectFile().getFileName().toString()
            : session.image().path().getFileName().toString();
    }

    // ---- saving ---------------------------------------------------------------------------

    /** Saves synchronously (projects are small: JSON plus any painted masks); returns false when cancelled or failed. */
    boolean saveProject(boolean askForName) {
        if (!session.hasImage()) return false;
        Path target = session.projectFile();
        if (askForName || target == null) {
            JFileChooser fc = new JFileChooser(session.image().path().toAbsolutePath().getParent().toFile());
            fc.setFileFilter(new FileNameExtensionFilter("Patina projects", "patina"));
            fc.setSelectedFile(new File(stem(session.image().path()) + ".patina"));
            if (fc.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return false;
            target = fc.getSelectedFile().toPath();
            if (!target.getFileName().toString().endsWith(".patina")) target = target.resolveSibling(target.getFileName() + ".patina");
        }
        return saveProjectTo(target);
    }

    boolean saveProjectTo(Path target) {
        try {
            ProjectCodec.write(session.document(), target);
            session.markSaved(target);
            settings.addRecentFile(target);
            autosave.discard();
            menus.refresh();
            status.setMessage("Saved " + target.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            ErrorDialogs.show(this, "Cannot save " + target.getFileName(), e);
            return false;
        }
    }

    static String stem(Path p) {
        return p.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    }

    // ---- export ---------------------------------------------------------------------------

    void exportDialog() {
        if (!session.hasImage()) return;
        Path suggested = session.image().path().toAbsolutePath().resolveSibling(stem(session.image().path()) + "-patina.jpg");
        ExportSettings s = new ExportDialog(this, suggested).ask();
        if (s != null) export(s);
    }

    /** Runs an export in the background; editing goes on meanwhile. */
    void export(ExportSettings s) {
        if (runningExport != null) {
            JOptionPane.showMessageDialog(this, "An export is already running.", "Export", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        ExportTask task = new ExportTask();
        runningExport = task;
        Document doc = session.document();
        LoadedImage img = session.image();
        exportProgress.setValue(0);
        exportProgress.setString("Exporting " + s.output().getFileName());
        exportProgress.setVisible(true);
        exportCancel.setVisible(true);
        revalidate();
        Background.run(() -> {
            task.run(doc, img, s, Math.max(1, settings.threads()),
                (done, total) -> SwingUtilities.invokeLater(() -> {
                    exportProgress.setMaximum(total);
                    exportProgress.setValue(done);
                }));
            return s.output();
        }, out -> {
            exportFinished();
            status.setMessage("Exported " + out);
        }, err -> {
            exportFinished();
            if (err instanceof java.util.concurrent.CancellationException) status.setMessage("Export cancelled");
            else ErrorDialogs.show(this, "Export failed", err);
        });
    }

    private void exportFinished() {
        runningExport = null;
        exportProgress.setVisible(false);
        exportCancel.setVisible(false);
        revalidate();
    }

    public boolean isExporting() { return runningExport != null; }

    // ---- presets --------------------------------------------------------------------------

    void applyPresetDialog() {
        if (!session.hasImage()) return;
        List<PresetLibrary.Entry> all = presets.all();
        JList<PresetLibrary.Entry> list = new JList<>(all.toArray(PresetLibrary.Entry[]::new));
        list.setName("presets.list");
        list.setSelectedIndex(0);
        JScrollPane sp = new JScrollPane(list);
        sp.setPreferredSize(new Dimension(320, 200));
        int r = JOptionPane.showConfirmDialog(this, sp, "Apply Preset", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        PresetLibrary.Entry e = list.getSelectedValue();
        if (r != JOptionPane.OK_OPTION || e == null) return;
        if (e.preset() == null) {
            JOptionPane.showMessageDialog(this, e.problem(), "Cannot apply " + e.name(), JOptionPane.ERROR_MESSAGE);
            return;
        }
        applyPreset(e.preset());
    }

    /** Adds the preset's layers on top of the stack as one undo step. */
    void applyPreset(Preset p) {
        List<Layer> fresh = p.layers().stream().map(l -> l.withId(Layer.newId())).toList();
        session.edit(d -> {
            Document out = d;
            for (Layer l : fresh) out = out.withLayerAdded(l);
            return out;
        }, null);
        if (!fresh.isEmpty()) session.select(fresh.get(fresh.size() - 1).id());
        status.setMessage("Applied preset " + p.name());
    }

    void savePresetDialog() {
        if (!session.hasImage() || session.document().layers().isEmpty()) return;
        String name = JOptionPane.showInputDialog(this, "Preset name:", "Save Stack as Preset", JOptionPane.PLAIN_MESSAGE);
        if (name == null || name.isBlank()) return;
        try {
            Path f = presets.save(new Preset(name.trim(), session.document().layers()));
            status.setMessage("Saved preset to " + f);
        } catch (IOException | RuntimeException e) {
            ErrorDialogs.show(this, "Cannot save preset", e);
        }
    }

    // ---- preferences, quitting --------------------------------------------------------------

    void preferencesDialog() {
        PreferencesDialog d = new PreferencesDialog(this, settings);
        if (!d.ask()) return;
        Settings.Theme theme = (Settings.Theme) d.theme.getSelectedItem();
        settings.setCacheMegabytes((Integer) d.cache.getValue());
        settings.setThreads((Integer) d.threads.getValue());
        renderer.cache().setBudget(settings.cacheMegabytes() * (1L << 20));
        if (theme != settings.theme()) {
            settings.setTheme(theme);
            Themes.apply(theme);
        }
    }

    void showShortcuts() {
        new ShortcutsDialog(this, getJMenuBar()).setVisible(true);
    }

    void showAbout() {
        new AboutDialog(this).setVisible(true);
    }

    /** Closes the window unless the user keeps unsaved work open. */
    void quit() {
        if (!confirmDiscard()) return;
        autosave.stop();
        autosave.discard();
        if (runningExport != null) runningExport.cancel();
        dispose();
    }

    /** Closing the window also stops its render workers and the autosave timer. */
    @Override public void dispose() {
        autosave.stop();
        super.dispose();
        overlays.close();
        foundMasks.close();
        renderer.close();
    }

    /** The right-hand column: as wide as its scroll pane, scrolling only vertically. */
    private static final class SidePanel extends JPanel implements javax.swing.Scrollable {
        SidePanel(java.awt.LayoutManager layout) { super(layout); }

        @Override public Dimension getPreferredScrollableViewportSize() { return getPreferredSize(); }

        @Override public int getScrollableUnitIncrement(java.awt.Rectangle r, int o, int d) { return 16; }

        @Override public int getScrollableBlockIncrement(java.awt.Rectangle r, int o, int d) { return r.height; }

        @Override public boolean getScrollableTracksViewportWidth() { return true; }

        @Override public boolean getScrollableTracksViewportHeight() { return false; }
    }

    /** Files dropped on the window open like File › Open. */
    private final class FileDrop extends TransferHandler {
        @Override public boolean canImport(TransferSupport s) {
            return s.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override public boolean importData(TransferSupport s) {
            try {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) s.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                if (files.isEmpty()) return false;
                SwingUtilities.invokeLater(() -> open(files.get(0).toPath(), false));
                return true;
            } catch (Exception e) {
                return false;
            }
        }
    }

    /** Layer types for the Layer › Add menu. */
    static List<Op> layerTypes() { return OpRegistry.all(); }
}
