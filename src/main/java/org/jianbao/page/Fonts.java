package org.jianbao.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jianbao.font.Face;
import org.jianbao.font.FontChain;
import org.jianbao.font.FontLibrary;
import org.jianbao.model.Lang;

/**
 * Font roles → font chains: the role's families, then the profile's {@code fallback} role. For
 * Traditional Chinese an {@code SC} family is replaced by its {@code TC} sibling, the region-specific
 * face of the same collection (standards.md §2.4: no {@code locl} shaping, so the face must be TC).
 */
final class Fonts {
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
