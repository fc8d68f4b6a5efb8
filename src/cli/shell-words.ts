/**
 * The words of a shell command that could name a file, for the agent hooks. Not a shell: it reads the
 * forms a command usually names a file in, and says nothing about what the command computes at run time.
 *
 * Recognised: words separated by blanks, newlines and the operators `; | & < > ( )`, so redirections
 * (`>out`, `2>err`, `<in`) and the inside of `$(...)` and backticks are words too; single and double quotes
 * and backslash escapes are removed (`'secrets/prod.pem'`, `secrets\/prod.pem`); an option's value
 * (`--file=secrets/x`), an assignment's value (`KEY=secrets/x`) and curl's `@file` are read as paths.
 * Also reported: the folders `cd` moves to, so `cd secrets && cat prod.pem` is read against both.
 * Not recognised (and so not stopped): names built at run time (`$DIR/x`, `$(echo c2Vj | base64 -d)`), globs
 * whose literal text no class glob covers (`s*ts/prod.pem`), and programs that open files themselves.
 */
export interface ShellWords {
  /** Every word that could be a path, in order, unquoted. */
  words: string[];
  /** The targets of `cd` and `pushd`, in order. */
  directories: string[];
}

const OPERATORS = new Set([';', '|', '&', '<', '>', '(', ')', '`', '\n']);

export function shellWords(command: string): ShellWords {
  const raw: string[] = [];
  let word = '';
  let started = false;
  const end = () => {
    if (started) raw.push(word);
    word = '';
    started = false;
  };
  for (let index = 0; index < command.length; index++) {
    const char = command[index]!;
    if (char === "'") {
      const close = command.indexOf("'", index + 1);
      const stop = close === -1 ? command.length : close;
      word += command.slice(index + 1, stop);
      started = true;
      index = stop;
    } else if (char === '"') {
      started = true;
      for (index++; index < command.length && command[index] !== '"'; index++) {
        if (command[index] === '\\' && index + 1 < command.length) index++;
        word += command[index];
      }
    } else if (char === '\\') {
      if (index + 1 < command.length) word += command[++index];
      started = true;
    } else if (char === '$' && command[index + 1] === '(') {
      end();
      index++;
    } else if (OPERATORS.has(char) || /\s/.test(char)) end();
    else {
      word += char;
      started = true;
    }
  }
  end();

  const words: string[] = [];
  const directories: string[] = [];
  for (const [index, token] of raw.entries()) {
    if ((raw[index - 1] === 'cd' || raw[index - 1] === 'pushd') && !token.startsWith('-'))
      directories.push(token);
    const value = pathPart(token);
    if (value !== null) words.push(value);
  }
  return {words, directories};
}

/** The part of a word that could name a file: an option's or assignment's value, curl's `@file`, or the word. */
function pathPart(token: string): string | null {
  let value = token;
  if (value.startsWith('-')) {
    const equals = value.indexOf('=');
    if (equals === -1) return null;
    value = value.slice(equals + 1);
  } else {
    const assignment = /^[A-Za-z_][A-Za-z0-9_]*=(.*)$/s.exec(value);
    if (assignment) value = assignment[1]!;
  }
  if (value.startsWith('@')) value = value.slice(1);
  // A file descriptor duplication (`2>&1` leaves `1`) and empty words name nothing.
  if (value === '' || /^\d+$/.test(value) || value.includes('://')) return null;
  return value;
}
