package org.jianbao.model;

/**
 * What the reader does with punctuation that Chinese text should not have (the profile's
 * {@code normalise}; rules in docs/typography.md): correct it and say so once per article
 * ({@code FIX}, the default), only say what it would correct ({@code WARN}), or neither
 * ({@code OFF}).
 */
public enum Normalise { FIX, WARN, OFF }
