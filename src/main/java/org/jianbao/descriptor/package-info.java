/**
 * Reads issue descriptors and publication profiles (JSON) into the {@link org.jianbao.model}
 * records. JSON is parsed once into a small tree that remembers where every value came from, so
 * that every problem names its file, line:column and JSON path; one run reports all problems of a
 * file. {@link org.jianbao.descriptor.DescriptorReader#check} also validates the files against the
 * JSON Schemas of {@code schema/}, from the same parsed tree. Files a descriptor names must lie
 * inside its folder.
 */
package org.jianbao.descriptor;
