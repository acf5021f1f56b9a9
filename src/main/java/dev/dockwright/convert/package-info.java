/**
 * {@code dockwright convert}: reshapes a Python service's Dockerfile while keeping what it builds.
 *
 * <p>{@link dev.dockwright.convert.Converter} is the entry point. Each reshaping reads the
 * lossless syntax tree and the semantic model, decides, and answers with text edits over the
 * original text ({@link dev.dockwright.convert.Edits}), so comments and formatting of everything
 * it does not touch stay byte for byte:
 *
 * <ul>
 *   <li>{@link dev.dockwright.convert.StageFolder}: a multi-stage build into one stage;
 *   <li>{@link dev.dockwright.convert.StageSplitter}: one stage into builder and runtime;
 *   <li>{@link dev.dockwright.convert.Retargeter}: port, user and health check for a platform.
 * </ul>
 *
 * <p>A reshaping that cannot keep the image's behaviour refuses with
 * {@link dev.dockwright.convert.CannotConvert}, naming the instruction in the way.
 */
package dev.dockwright.convert;
