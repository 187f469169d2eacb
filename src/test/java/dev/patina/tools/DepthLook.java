package dev.patina.tools;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.io.FileResources;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Renders the depth-of-field and relight layers on the shared real images into /tmp/depth-out, to
 * be looked at. Run: java -cp target/classes:target/test-classes:... dev.patina.tools.DepthLook
 */
public final class DepthLook {
    static final Path DATA = Path.of("/work/shared/data");
    static final Path OUT = Path.of("/tmp/depth-out");

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        Resources res = new FileResources(DATA);
        Path moto = DATA.resolve("depth/middlebury2014-motorcycle");
        FloatImage m = Png.read(moto.resolve("motorcycle_left.png").toString());
        Map<String, Object> motoDepth = Map.of("depth", "depth/middlebury2014-motorcycle/disp0.pfm", "depthMode", "near-white",
            "nearDistance", 2.11, "farDistance", 6.18);
        run("moto-original", m, null, res);
        run("moto-dof-near", m, dof(motoDepth, 0.45, 0.75, 1.4, 85), res);
        run("moto-dof-far", m, dof(motoDepth, 0.9, 0.12, 1.4, 85), res);
        run("moto-dof-near-hex", m, dof(motoDepth, 0.45, 0.75, 1.4, 85).with("blades", 6.0), res);
        Params motoRelight = relight(45, 30, 0.3, 4500);
        for (var e : motoDepth.entrySet()) motoRelight = motoRelight.with(e.getKey(), e.getValue());
        run("moto-relight-left-depth", m, motoRelight, res);
        run("moto-dof-groundplane", m, OpRegistry.require("depth-of-field").schema().defaults().with("focus", new dev.patina.doc.ImagePoint(0.45, 0.8))
            .with("horizon", 0.45).with("fNumber", 1.4).with("focalLength", 85.0), res);
        FloatImage shark = Png.read(DATA.resolve("ai-images/comfyui-examples/flux_flux_depth_lora_example.png").toString());
        Map<String, Object> sharkDepth = Map.of("depth", "depth/comfyui-shark/shark_depthmap.png", "depthMode", "near-white",
            "nearDistance", 1.0, "farDistance", 8.0);
        run("shark-original", shark, null, res);
        run("shark-dof-eye", shark, dof(sharkDepth, 0.235, 0.64, 1.8, 85), res);
        run("shark-dof-tail", shark, dof(sharkDepth, 0.93, 0.2, 1.8, 85), res);
        Params sharkRelight = relight(90, 40, 0.3, 5500);
        for (var e : sharkDepth.entrySet()) sharkRelight = sharkRelight.with(e.getKey(), e.getValue());
        run("shark-relight-above", shark, sharkRelight, res);
        Path aloe = DATA.resolve("depth/middlebury-aloe");
        FloatImage a = Png.read(aloe.resolve("aloeL.jpg").toString());
        Map<String, Object> aloeDepth = Map.of("depth", "depth/middlebury-aloe/aloeGT.png", "depthMode", "near-white",
            "nearDistance", 1.0, "farDistance", 3.0, "zeroIsUnknown", true);
        run("aloe-original", a, null, res);
        run("aloe-dof-near", a, dof(aloeDepth, 0.62, 0.56, 2.0, 85), res);
        run("aloe-dof-far", a, dof(aloeDepth, 0.05, 0.05, 2.0, 85), res);
        for (String name : List.of("astronaut.png", "grace_hopper.jpg")) {
            FloatImage p = Png.read(DATA.resolve("photos").resolve(name).toString());
            String base = name.substring(0, name.indexOf('.'));
            run(base + "-original", p, null, res);
            run(base + "-relight-left", p, relight(0, 30, 0.35, 6500), res);
            run(base + "-relight-right-warm", p, relight(180, 40, 0.3, 3200), res);
            run(base + "-relight-above", p, relight(90, 45, 0.4, 5000), res);
        }
    }

    static Params dof(Map<String, Object> depth, double fx, double fy, double n, double f) {
        Params p = OpRegistry.require("depth-of-field").schema().defaults();
        for (var e : depth.entrySet()) p = p.with(e.getKey(), e.getValue());
        return p.with("focus", new dev.patina.doc.ImagePoint(fx, fy)).with("fNumber", n).with("focalLength", f);
    }

    static Params relight(double az, double el, double ambient, double kelvin) {
        return OpRegistry.require("relight").schema().defaults().with("azimuth", az).with("elevation", el)
            .with("ambient", ambient).with("temperature", kelvin);
    }

    static void run(String name, FloatImage img, Params p, Resources res) throws Exception {
        FloatImage out = img;
        if (p != null) {
            Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of(name, p)));
            long t0 = System.nanoTime();
            try (TileRenderer r = new TileRenderer(2, 256, 0)) {
                out = r.render(RenderRequest.whole(doc, new Pyramid(img), res, 1), ProgressListener.NONE, new CancelToken());
            }
            System.out.printf("%-28s %dx%d %6.0f ms%n", name, img.width(), img.height(), (System.nanoTime() - t0) / 1e6);
        }
        Png.write(out, OUT.resolve(name + ".png").toString());
    }
}
