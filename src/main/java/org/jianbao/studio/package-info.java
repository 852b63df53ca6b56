/**
 * jianbao studio: a local web editor with live preview for the people who make the bulletin.
 * {@link org.jianbao.studio.Studio} serves the editor (files under
 * {@code src/main/resources/org/jianbao/studio/web/}) from the JDK's HTTP server on 127.0.0.1,
 * behind a per-run token and Host/Origin checks ({@code Gate}); it reads and saves the
 * workspace's JSON files with versions and history ({@code Workspace}, {@code Documents}); it
 * reaches the typesetter through {@link org.jianbao.studio.Pipeline} alone, and the monthly routine
 * (next issue, Word import, punctuation) through {@link org.jianbao.studio.Routine}.
 */
package org.jianbao.studio;
