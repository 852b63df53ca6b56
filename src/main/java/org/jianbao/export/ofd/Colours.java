package org.jianbao.export.ofd;

import org.jianbao.model.Color;
import org.ofdrw.core.pageDescription.color.color.CT_Color;

/** Colours as OFD writes them: "R G B" in the default sRGB space (GB/T 33190-2016 §8.3.2, 表 26). */
final class Colours {
    private Colours() {
    }

    /** A FillColor or StrokeColor element ({@code name}) of colour {@code c}. */
    static CT_Color element(String name, Color c) {
        CT_Color e = new CT_Color();
        e.setOFDName(name);
        e.addAttribute("Value", c.r() + " " + c.g() + " " + c.b());
        return e;
    }
}
