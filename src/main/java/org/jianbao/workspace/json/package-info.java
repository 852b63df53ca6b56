/**
 * Edits JSON <em>text</em> in place: a value is found by its JSON path ({@code $.sections[0].articles})
 * with its exact character span, and replaced, inserted into an array, added to an object or removed,
 * while every other character of the file — indentation, key order, line breaks, escapes — stays as the
 * person who wrote it left it. New values are laid out like their siblings. {@link
 * org.jianbao.workspace.json.JsonText} is the editor, {@link org.jianbao.workspace.json.JsonFile} reads
 * and writes a file atomically (a temporary file beside it, then a move; a failed write changes nothing).
 * Used by {@code jianbao new}, {@code jianbao import} and the studio.
 */
package org.jianbao.workspace.json;
