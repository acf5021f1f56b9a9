/**
 * {@code .dockerignore} read and matched as Docker does (moby/patternmatcher): one
 * {@link dev.dockwright.ignore.PatternMatcher} that both the lint (BuildKit's CopyIgnoredFile) and
 * the engine (the build context the API builder receives) use, so a file the linter calls ignored
 * is the file the build leaves out. A leaf on {@code io}, below both.
 */
package dev.dockwright.ignore;
