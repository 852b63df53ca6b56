package org.jianbao.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A structure tree made on its own (an issue's) becomes a part of another (a volume's), nodes and all. */
class TagAdoptTest {

    @Test
    void anAdoptedTreesNodesBecomeThePartsChildrenThemselves() {
        Tag issue = Tag.document();
        Tag sect = issue.add("Sect");
        Tag title = sect.add("H1");
        issue.add("TOC");
        Tag volume = Tag.document();
        volume.add("Part");
        Tag part = volume.adopt("Part", issue);
        assertEquals(List.of("Part", "Part"), volume.kids().stream().map(Tag::role).toList());
        assertEquals(List.of("Sect", "TOC"), part.kids().stream().map(Tag::role).toList());
        assertSame(sect, part.kids().get(0), "the same node: content marked with it stays its content");
        assertSame(part, sect.parent());
        assertSame(sect, title.parent());
        assertTrue(issue.kids().isEmpty(), "the old root is left empty");
    }

    @Test
    void onlyTheRootOfAnotherTreeCanBeAdopted() {
        Tag volume = Tag.document();
        Tag part = volume.add("Part");
        Tag other = Tag.document();
        Tag inner = other.add("Sect");
        assertThrows(IllegalArgumentException.class, () -> volume.adopt("Part", inner), "not a root");
        assertThrows(IllegalArgumentException.class, () -> part.adopt("Part", volume), "its own root: a cycle");
    }
}
