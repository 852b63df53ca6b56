package org.jianbao.export.ofd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jianbao.font.Face;
import org.jianbao.font.OpenTypeSubset;
import org.ofdrw.core.basicStructure.res.Res;
import org.ofdrw.core.basicStructure.res.resources.Fonts;
import org.ofdrw.core.text.font.CT_Font;

/**
 * The fonts of a document: one Font resource per face (GB/T 33190-2016 §11.1, 表 44), in order of
 * first use, each with its FontFile an OpenType subset of the glyphs the document uses. The
 * subset keeps the face's glyph order (related glyphs lie together and compress better) and maps
 * every character drawn to its glyph through its cmap, which is how a reader finds the glyph of
 * a TextCode's character when no CGTransform says otherwise (§11.4).
 */
final class FontResources {
    private final Map<Face, Used> faces = new LinkedHashMap<>();

    /** A face in use: its resource id and the characters drawn with it. */
    private static final class Used {
        final long id;
        final TreeSet<Integer> codePoints = new TreeSet<>();

        Used(long id) {
            this.id = id;
        }
    }

    /** Notes that {@code text} is drawn with {@code face}; the face gets an id on first use. */
    void use(Face face, String text, Ids ids) {
        Used u = faces.computeIfAbsent(face, f -> new Used(ids.next()));
        text.codePoints().forEach(u.codePoints::add);
    }

    boolean isEmpty() {
        return faces.isEmpty();
    }

    long id(Face face) {
        return faces.get(face).id;
    }

    /** One file to write into the package. */
    record FontFile(String name, byte[] bytes) {
    }

    /** PublicRes.xml: the Font resources, their files in the resource folder. */
    Res res() {
        Res res = new Res();
        res.addAttribute("BaseLoc", Resources.FOLDER);
        Fonts list = new Fonts();
        faces.forEach((face, u) -> {
            CT_Font f = new CT_Font();
            f.setID(u.id);
            f.setFontName(face.fullName());
            f.setFontFile(fileName(face, u));
            list.add(f);
        });
        res.add(list);
        return res;
    }

    /** The subset files, made side by side, in the order of {@link #res()}. */
    List<FontFile> files() throws IOException {
        List<Map.Entry<Face, Used>> list = new ArrayList<>(faces.entrySet());
        try {
            return list.parallelStream().map(e -> {
                try {
                    return new FontFile(fileName(e.getKey(), e.getValue()), subset(e.getKey(), e.getValue()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String fileName(Face face, Used u) {
        return "font_" + u.id + (face.isCff() ? ".otf" : ".ttf");
    }

    /** .notdef, then the glyphs drawn in the face's order; each character mapped to its place. */
    private static byte[] subset(Face face, Used u) throws IOException {
        TreeSet<Integer> glyphs = new TreeSet<>();
        for (int cp : u.codePoints) {
            int g = face.glyph(cp);
            if (g != 0) {
                glyphs.add(g);
            }
        }
        List<Integer> order = new ArrayList<>(glyphs.size() + 1);
        order.add(0);
        order.addAll(glyphs);
        Map<Integer, Integer> index = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        Map<Integer, Integer> glyphOf = new TreeMap<>();
        for (int cp : u.codePoints) {
            int g = face.glyph(cp);
            if (g != 0) {
                glyphOf.put(cp, index.get(g));
            }
        }
        return OpenTypeSubset.of(face, order, glyphOf);
    }
}
