package org.jianbao.importer;

import java.nio.file.Path;

/** The member company's Word file of the importer tests, for tests in other packages. */
public final class MemberDocxAccess {
    private MemberDocxAccess() {
    }

    public static Path write(Path file) throws Exception {
        return MemberDocx.write(file);
    }
}
