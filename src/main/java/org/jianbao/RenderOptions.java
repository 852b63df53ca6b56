package org.jianbao;

/**
 * What a render writes beyond what the descriptor says.
 *
 * @param pdfa PDF/A-2b on or off whatever the profile says; null: as the profile says
 */
public record RenderOptions(Boolean pdfa) {

    /** Everything as the descriptor and its profile say. */
    public static RenderOptions asProfile() {
        return new RenderOptions(null);
    }
}
