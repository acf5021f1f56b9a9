package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed scripts give a partial tree and a positioned error, never an exception. */
class ParseErrorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        echo 'abc                  | 5  | unterminated single quote
        echo "abc                  | 5  | unterminated double quote
        echo $(date                | 5  | unterminated `$(`
        echo ${x                   | 5  | unterminated `${`
        echo `date                 | 5  | unterminated backquote
        echo $'abc                 | 5  | unterminated `$'`
        if true; then echo         | 0  | `if` without matching `fi`
        if true; echo; fi          | 0  | `if` without matching `then`
        while true; do :           | 0  | `while` without matching `done`
        for x in a; echo           | 0  | `for` without matching `do`
        case x in a) b;;           | 0  | `case` without matching `esac`
        { echo                     | 0  | `{` without matching `}`
        ( echo                     | 0  | `(` without matching `)`
        echo a )                   | 7  | syntax error near unexpected token `)`
        && echo                    | 0  | syntax error near unexpected token `&&`
        echo a &&                  | 7  | expected a command after `&&`
        ~echo a |~                 | 7  | ~expected a command after `|`~
        echo >                     | 5  | expected a word after `>`
        fi                         | 0  | syntax error near unexpected token `fi`
        echo a ;; b                | 7  | syntax error near unexpected token `;;`
        cat <<EOF                  | 4  | here-document delimited by end of input (wanted `EOF`)
        [[ -n x                    | 0  | `[[` without matching `]]`
        arr=(a b                   | 4  | unterminated array assignment
        """)
    void errorsArePositioned(String script, int offset, String message) {
        Script s = ShellParser.parse(script);
        assertThat(s.errors()).extracting(ShellError::message).contains(message);
        assertThat(s.errors()).filteredOn(e -> e.message().equals(message))
                .extracting(ShellError::offset).contains(offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        echo 'abc; apt-get install x   | echo
        apt-get update && echo "x      | apt-get,echo
        apt-get install -y curl && (    | apt-get
        if true; then pip install x    | true,pip
        """)
    void partialTreesKeepWhatParsed(String script, String programs) {
        Script s = ShellParser.parse(script);
        assertThat(s.hasErrors()).isTrue();
        assertThat(s.simpleCommands()).extracting(Invocation::program)
                .containsExactly(programs.split(","));
    }
}
