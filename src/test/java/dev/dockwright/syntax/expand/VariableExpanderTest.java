package dev.dockwright.syntax.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Hand-written cases for what BuildKit's data files do not cover: options, escapes, quirks. */
class VariableExpanderTest {

  private static final VariableExpander DEFAULT = new VariableExpander();

  private static Expansion expand(String word, Map<String, String> env) {
    return DEFAULT.expand(word, Env.of(env));
  }

  @Test
  void plainAndBracedReferences() {
    Expansion e = expand("$HOME/${APP}_x/$MISSING.", Map.of("HOME", "/root", "APP", "web"));
    assertThat(e.text()).isEqualTo("/root/web_x/.");
    assertThat(e.matched()).containsExactly("HOME", "APP");
    assertThat(e.unmatched()).containsExactly("MISSING");
    assertThat(e.failed()).isFalse();
  }

  @Test
  void defaultsAndAlternativesDistinguishEmptyFromUnset() {
    Map<String, String> env = Map.of("EMPTY", "", "SET", "v");
    assertThat(expand("${EMPTY-d}|${EMPTY:-d}|${UNSET-d}|${SET:-d}", env).text())
        .isEqualTo("|d|d|v");
    assertThat(expand("${EMPTY+a}|${EMPTY:+a}|${UNSET+a}|${SET:+a}", env).text())
        .isEqualTo("a|||a");
  }

  @Test
  void requiredVariableFailsWithBuildKitsMessage() {
    Expansion unset = expand("${TOKEN:?must be set}", Map.of());
    assertThat(unset.failed()).isTrue();
    assertThat(unset.error())
        .isEqualTo("failed to process \"${TOKEN:?must be set}\": TOKEN: must be set");
    assertThat(unset.text()).isEmpty();
    assertThat(unset.unmatched()).containsExactly("TOKEN");

    assertThat(expand("${TOKEN?}", Map.of()).error()).endsWith("TOKEN: is not allowed to be unset");
    assertThat(expand("${TOKEN:?}", Map.of("TOKEN", "")).error())
        .endsWith("TOKEN: is not allowed to be empty");
    assertThat(expand("${TOKEN?}", Map.of("TOKEN", "")).text()).isEmpty();
  }

  @Test
  void malformedWordsAreValuesNotExceptions() {
    assertThat(expand("${", Map.of()).error()).endsWith("syntax error: missing '}'");
    assertThat(expand("${V:-x", Map.of()).error()).endsWith("syntax error: missing '}'");
    // BuildKit reads EOF as a modifier character here and prints it as U+FFFD.
    assertThat(expand("${V", Map.of()).error())
        .endsWith("unsupported modifier (\uFFFD) in substitution");
    assertThat(expand("${}", Map.of()).error()).endsWith("syntax error: bad substitution");
    assertThat(expand("${V:#x}", Map.of()).error())
        .endsWith("unsupported modifier (:#) in substitution");
    assertThat(expand("${V!x}", Map.of()).error())
        .endsWith("unsupported modifier (!) in substitution");
    assertThat(expand("'open", Map.of()).error())
        .endsWith("unexpected end of statement while looking for matching single-quote");
    assertThat(expand("\"open", Map.of()).error())
        .endsWith("unexpected end of statement while looking for matching double-quote");
    assertThat(expand("${V/a", Map.of()).error()).endsWith("syntax error: missing '/' in ${}");
    assertThat(expand("${V#\\x}", Map.of("V", "x")).error())
        .endsWith("invalid pattern (\\x) in substitution: invalid escape '\\x'");
  }

  @Test
  void prefixAndSuffixTrimmingShortestAndLongest() {
    Map<String, String> env = Map.of("F", "archive.tar.gz");
    assertThat(expand("${F%.*}|${F%%.*}|${F#*.}|${F##*.}", env).text())
        .isEqualTo("archive.tar|archive|tar.gz|gz");
    assertThat(expand("${F#nomatch}|${F%?z}", env).text()).isEqualTo("archive.tar.gz|archive.tar.");
  }

  @Test
  void wildcardsDoNotMatchNewlinesAsInGoRegexp() {
    Map<String, String> env = Map.of("V", "ab\ncd");
    assertThat(expand("${V##*}", env).text()).isEqualTo("\ncd");
    assertThat(expand("${V%%*}", env).text()).isEqualTo("ab\n");
    assertThat(expand("${V//*/x}", env).text()).isEqualTo("x\nx");
  }

  @Test
  void trimmingAnUnsetVariableGivesEmpty() {
    Expansion e = expand("[${U#a}][${U%%*}][${U/a/b}]", Map.of());
    assertThat(e.text()).isEqualTo("[][][]");
    assertThat(e.unmatched()).containsExactly("U");
  }

  @Test
  void replaceFirstAndAll() {
    Map<String, String> env = Map.of("V", "foo boo");
    assertThat(expand("${V/o/0}|${V//o/0}|${V/x/0}", env).text())
        .isEqualTo("f0o boo|f00 b00|foo boo");
  }

  @Test
  void replaceAllFollowsGoEmptyMatchRules() {
    // java.util.regex would give "xx": Go skips an empty match right after the previous match.
    assertThat(expand("${V//*/x}", Map.of("V", "abc")).text()).isEqualTo("x");
    assertThat(expand("${V//*/x}", Map.of("V", "")).text()).isEqualTo("x");
  }

  @Test
  void replaceAllExpandsGoTemplateReferencesButReplaceFirstDoesNot() {
    Map<String, String> env = Map.of("V", "foo", "R", "<$0${0}$$$1$>");
    assertThat(expand("${V//o/$R}", env).text()).isEqualTo("f<oo$$>" + "<oo$$>");
    assertThat(expand("${V/o/$R}", env).text()).isEqualTo("f<$0${0}$$$1$>o");
  }

  @Test
  void quotesAreRemovedAndKeepSpacesTogether() {
    Expansion e = expand("a 'b  c' \"$V d\"", Map.of("V", "x  y"));
    assertThat(e.text()).isEqualTo("a b  c x  y d");
    assertThat(e.words()).containsExactly("a", "b  c", "x  y d");
    assertThat(expand("'$V'", Map.of("V", "x")).text()).isEqualTo("$V");
    assertThat(expand("\"\\$V \\\" \\a\"", Map.of("V", "x")).text()).isEqualTo("$V \" \\a");
  }

  @Test
  void unquotedExpansionsAreSplitIntoWords() {
    Expansion e = expand("pre${V}post", Map.of("V", " a  b "));
    assertThat(e.text()).isEqualTo("pre a  b post");
    assertThat(e.words()).containsExactly("pre", "a", "b", "post");
  }

  @Test
  void nestedModifierWipesPendingWordLikeBuildKit() {
    // BuildKit shares one words buffer between nested calls; the text is unaffected.
    Expansion e = expand("x${V:-y}", Map.of());
    assertThat(e.text()).isEqualTo("xy");
    assertThat(e.words()).containsExactly("y");
  }

  @Test
  void emptyQuotesGiveNoWord() {
    assertThat(expand("''", Map.of()).words()).isEmpty();
    assertThat(expand("a \"\" b", Map.of()).words()).containsExactly("a", "b");
  }

  @Test
  void backtickEscapeToken() {
    VariableExpander windows = new VariableExpander('`', ExpansionOptions.DEFAULT);
    Expansion e = windows.expand("C:\\dir\\`$HOME `\"q`\" $HOME", Env.of(Map.of("HOME", "h")));
    assertThat(e.text()).isEqualTo("C:\\dir\\$HOME \"q\" h");
    assertThat(windows.expand("\"a`\"b\"", Env.empty()).text()).isEqualTo("a\"b");
  }

  @Test
  void escapesOutsideQuotes() {
    assertThat(expand("a\\ b\\$V\\\\c\\", Map.of("V", "x")).text()).isEqualTo("a b$V\\c");
    assertThat(expand("a\\ b", Map.of()).words()).containsExactly("a b");
  }

  @Test
  void rawQuotesAndRawEscapesKeepTheirCharacters() {
    Env env = Env.of(Map.of("V", "x"));
    var rawQuotes = new VariableExpander('\\', ExpansionOptions.DEFAULT.withRawQuotes(true));
    assertThat(rawQuotes.expand("'a b' \"$V\"", env).text()).isEqualTo("'a b' \"x\"");
    var rawEscapes = new VariableExpander('\\', ExpansionOptions.DEFAULT.withRawEscapes(true));
    assertThat(rawEscapes.expand("a\\ b \\$V", env).text()).isEqualTo("a\\ b \\$V");
    // In double quotes an escape that escapes nothing is written twice in raw mode (BuildKit).
    assertThat(rawEscapes.expand("\"\\t\"", env).text()).isEqualTo("\\\\t");
  }

  @Test
  void skipUnsetEnvLeavesUnknownReferencesAsWritten() {
    var skip = new VariableExpander('\\', ExpansionOptions.DEFAULT.withSkipUnsetEnv(true));
    Env env = Env.of(Map.of("SET", "v"));
    assertThat(skip.expand("$U ${U} ${U:-d} ${U//a/b} ${U/a/b} $SET ${SET:-d}", env).text())
        .isEqualTo("$U ${U} ${U:-d} ${U/a/b} ${U/a/b} v v");
  }

  @Test
  void skipProcessQuotesTreatsQuotesAsText() {
    var skip = new VariableExpander('\\', ExpansionOptions.DEFAULT.withSkipProcessQuotes(true));
    Expansion e = skip.expand("'$V' \"a b\"", Env.of(Map.of("V", "x")));
    assertThat(e.text()).isEqualTo("'x' \"a b\"");
    assertThat(e.words()).containsExactly("'x'", "\"a", "b\"");
  }

  @Test
  void windowsNamesAreCaseInsensitive() {
    Env windows = Env.of(Map.of("Path", "C:\\bin"), NameMatching.WINDOWS);
    Env unix = Env.of(Map.of("Path", "/bin"), NameMatching.UNIX);
    assertThat(DEFAULT.expand("$PATH;$path", windows).text()).isEqualTo("C:\\bin;C:\\bin");
    assertThat(DEFAULT.expand("$PATH;$Path", unix).text()).isEqualTo(";/bin");
    assertThat(windows.keys()).containsExactly("Path");
  }

  @Test
  void specialParametersAndPositionalNamesAreLookedUp() {
    Expansion e = expand("$$ $1 $12x $@ $ ${#} $", Map.of("12", "twelve"));
    assertThat(e.text()).isEqualTo("  twelvex  $  $");
    assertThat(e.unmatched()).containsExactly("$", "1", "@", "#");
  }

  @Test
  void heredocMarkerStaysOneWord() {
    assertThat(expand("cat << EOF", Map.of()).words()).containsExactly("cat", "<< EOF");
    assertThat(expand("a<b", Map.of()).words()).containsExactly("a<b");
  }

  @Test
  void leadingByteOrderMarkIsDroppedAsByGosScanner() {
    assertThat(expand("\uFEFF$V", Map.of("V", "x")).text()).isEqualTo("x");
    assertThat(expand("a\uFEFF", Map.of()).text()).isEqualTo("a\uFEFF");
  }

  @Test
  void entriesFollowEnvsFromSlice() {
    Env env = Env.fromEntries(List.of("A=1", "B", "A=2", "C=x=y"));
    assertThat(env.get("A")).isEqualTo("2");
    assertThat(env.get("B")).isEmpty();
    assertThat(env.get("C")).isEqualTo("x=y");
    assertThat(env.get("D")).isNull();
    assertThat(env.keys()).containsExactly("A", "B", "A", "C");
  }

  @Test
  void supplementaryCharactersAreOneCharacter() {
    assertThat(expand("${V#?}|${V%?}", Map.of("V", "🚀ab🖖")).text()).isEqualTo("ab🖖|🚀ab");
  }

  @Test
  void trimmingAnUnsetSpecialParameterGivesEmpty() {
    // Found by arbitraryWordsNeverThrow: `$` is never set, and trimming it must not fail.
    assertThat(expand("${$#}x", Map.of()).text()).isEqualTo("x");
    assertThat(expand("${UNSET%%*}y", Map.of()).text()).isEqualTo("y");
  }

  @Test
  void hostilePatternsStayLinear() {
    // A backtracking regex engine would explore ~n^10 paths here; the DP answers at once.
    String value = "a".repeat(2000);
    Expansion e = expand("${V##*a*a*a*a*a*a*a*a*a*a*b}", Map.of("V", value));
    assertThat(e.text()).isEqualTo(value);
  }

  @Property(tries = 5000)
  void arbitraryWordsNeverThrow(@ForAll("words") String word, @ForAll boolean rawQuotes,
      @ForAll boolean rawEscapes, @ForAll boolean skipUnset, @ForAll boolean skipQuotes,
      @ForAll boolean backtick) {
    var expander = new VariableExpander(backtick ? '`' : '\\',
        new ExpansionOptions(rawQuotes, rawEscapes, skipUnset, skipQuotes));
    Expansion e = expander.expand(word, Env.of(Map.of("A", "x y", "E", "")));
    if (e.failed()) {
      assertThat(e.error()).startsWith("failed to process ");
      assertThat(e.text()).isEmpty();
      assertThat(e.words()).isEmpty();
    }
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings()
        .withChars("${}:-+?#%/\\'\"`*ab AE\n<".toCharArray())
        .ofMaxLength(24);
  }
}
