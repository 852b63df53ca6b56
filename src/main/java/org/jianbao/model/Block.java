package org.jianbao.model;

/** A block of an article body. */
public sealed interface Block permits Paragraph, Heading, Image, Table, ListBlock, Quote, Note, Attachments,
        Signature {
}
