/**
 * Picture files read once for the whole pipeline: the layout takes their size in pixels from an
 * {@link org.jianbao.image.ImageFile}, the frames carry it, and the exporters write its bytes
 * without opening the file again. {@link org.jianbao.image.ImageStore} checks a file (PNG or JPEG,
 * size, damage) and keeps it while it is unchanged, for a process that renders many times.
 */
package org.jianbao.image;
