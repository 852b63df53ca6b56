package org.jianbao.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.font.Face;
import org.jianbao.font.FontChain;
import org.jianbao.font.FontLibrary;
import org.jianbao.inline.TextStyle;
import org.jianbao.model.Lang;
import org.jianbao.model.Span;
import org.jianbao.model.Style;

/**
 * Font roles → font chains: the role's families, then the profile's {@code fallback} role. For
 * Traditional Chinese an {@code SC} family is replaced by its {@code TC} sibling, the region-specific
 * face of the same collection (docs/typography.md §3.3: no {@code locl} shaping, so the face must
 * be TC). A style and a span → the text style that sets them.
 */
final class Fonts {
    /** The font role that sets italic (emphasised) runs. */
    static final String ITALIC_ROLE = "kai";

    private final FontLibrary library;
    private final Map<String, List<String>> roles;
    private final Map<String, FontChain> cache = new HashMap<>();

    Fonts(FontLibrary library, Map<String, List<String>> roles) {
        this.library = library;
        this.roles = roles;
    }

    boolean has(String role) {
        return roles.containsKey(role);
    }

    FontChain chain(String role, Lang lang) {
        return cache.computeIfAbsent(role + "/" + lang, k -> build(role, lang));
    }

    /**
     * The style of a span: bold in the style's bold face — stroked (synthetic bold) only when the
     * style has no separate bold face — and italic in 楷体, the Chinese way of emphasis.
     */
    TextStyle style(Style style, Lang lang, Span span) {
        String role = span.italic() && has(ITALIC_ROLE) ? ITALIC_ROLE : style.font();
        boolean fake = false;
        if (span.bold()) {
            if (!span.italic() && !style.boldFont().equals(style.font())) {
                role = style.boldFont();
            } else {
                fake = true;
            }
        }
        return new TextStyle(chain(role, lang), style.size(), style.color(), lang, 0, fake, span.href());
    }

    private FontChain build(String role, Lang lang) {
        List<String> names = new ArrayList<>(roles.getOrDefault(role, List.of()));
        names.addAll(roles.getOrDefault("fallback", List.of()));
        List<Face> faces = new ArrayList<>();
        for (String name : names) {
            String wanted = lang == Lang.HANT ? name.replace(" SC", " TC") : name;
            Face f = library.face(wanted).or(() -> library.face(name)).orElse(null);
            if (f != null && !faces.contains(f)) {
                faces.add(f);
            }
        }
        if (faces.isEmpty()) {
            throw new IllegalStateException("font role " + role + " names no available font");
        }
        return new FontChain(faces);
    }
}
