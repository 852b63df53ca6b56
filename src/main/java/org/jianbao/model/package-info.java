/**
 * The bulletin as immutable records, free of JSON and of geometry decisions: a {@link
 * org.jianbao.model.Publication} profile, an {@link org.jianbao.model.Issue} with its sections and
 * articles, and the typed {@link org.jianbao.model.Block}s of an article body.
 */
package org.jianbao.model;
