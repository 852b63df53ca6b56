package org.jianbao.page;

import org.jianbao.model.Origin;

/**
 * What is being set, for the problems found while setting it: where it was written (null for
 * parts that come from the profile, such as the masthead) and how a user would name it
 * ("block 3 of article “…”").
 */
record At(Origin origin, String what) {

    /** A part that has no place of its own in the issue file. */
    static At of(String what) {
        return new At(null, what);
    }

    /** The same place, named more precisely. */
    At named(String other) {
        return new At(origin, other);
    }
}
