package org.jianbao.model;

import java.util.List;

/** The attachment list (附件：1. … 2. …), GB/T 9704-2012 §7.3.4. */
public record Attachments(List<String> items) implements Block {
}
