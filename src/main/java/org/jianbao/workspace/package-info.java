/**
 * A publication's workspace and its monthly routine: {@link org.jianbao.workspace.Workspace#init}
 * lays out a new workspace (profile, schemas, folders, a first issue, a README in Chinese),
 * {@link org.jianbao.workspace.NextIssue} writes next month's issue (or a 增刊) from the previous
 * one by editing a copy of its text, and {@link org.jianbao.workspace.IssueNames} and
 * {@link org.jianbao.workspace.IssuePeriod} hold the naming and dating rules they share.
 * Files are written atomically and never overwritten.
 */
package org.jianbao.workspace;
