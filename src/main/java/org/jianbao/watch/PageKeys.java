package org.jianbao.watch;

import java.util.ArrayList;
import java.util.List;
import org.jianbao.frame.Document;
import org.jianbao.frame.Frame;
import org.jianbao.frame.FrameItem;
import org.jianbao.frame.Trace;
import org.jianbao.image.ImageFile;

/**
 * What a page looks like, cheaply compared: its size, its text trace (every glyph run, rule,
 * picture and link at 0.01 pt) and its pictures as read (the picture store gives a new
 * {@link ImageFile} only when the file changed, so they compare by identity). Two pages with equal
 * keys draw the same image.
 */
final class PageKeys {
    private PageKeys() {
    }

    private record Key(double width, double height, String trace, List<ImageFile> pictures) {
    }

    /** The key of each page of {@code doc}, in order. */
    static List<Object> of(Document doc) {
        List<Object> keys = new ArrayList<>(doc.pages().size());
        for (Frame page : doc.pages()) {
            List<ImageFile> pictures = new ArrayList<>();
            for (FrameItem item : page.items()) {
                FrameItem it = item instanceof FrameItem.Marked m ? m.item() : item;
                if (it instanceof FrameItem.Picture p) {
                    pictures.add(p.image());
                }
            }
            String trace = Trace.of(new Document(List.of(page), List.of(), doc.metadata(), doc.structure()));
            keys.add(new Key(page.width(), page.height(), trace, pictures));
        }
        return keys;
    }

    /**
     * The pages of {@code after} that differ from {@code before} (null: nothing drawn yet), as the
     * range {first, last} (1-based) that holds them all, or null when none differs.
     */
    static int[] changed(List<Object> before, List<Object> after) {
        int first = 0;
        int last = 0;
        for (int i = 0; i < after.size(); i++) {
            if (before == null || i >= before.size() || !before.get(i).equals(after.get(i))) {
                first = first == 0 ? i + 1 : first;
                last = i + 1;
            }
        }
        return first == 0 ? null : new int[] {first, last};
    }
}
