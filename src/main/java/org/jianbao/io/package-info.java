/**
 * Reading the user's files safely: only regular files are opened (never a pipe or a device, which
 * would block or never end), and a read stops at its byte cap while it reads, whatever size the
 * file system reports. Messages say in a user's words why a file cannot be read.
 */
package org.jianbao.io;
