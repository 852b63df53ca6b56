/**
 * Reads issue descriptors and publication profiles (JSON) into the {@link org.jianbao.model}
 * records. JSON is parsed into a small tree that remembers where every value came from, so that
 * every problem names its file, line:column and JSON path; one run reports all problems of a file.
 */
package org.jianbao.descriptor;
