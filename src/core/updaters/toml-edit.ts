/**
 * release-please's toml-edit (util/toml-edit.js) over the same parser, @iarna/toml's: a parse
 * in which every scalar value is tagged with where it is written, so one value can be replaced
 * and every other byte (comments, layout, line endings) kept. JSONPaths of TOML extra files are
 * evaluated on this tagged tree, which is why a filter on a string says `.value`.
 */
import TOMLParser from '@iarna/toml/lib/toml-parser.js';
import { PyreleaseError } from '../../errors/pyrelease-error.js';

const TAGGED = Symbol('tagged-value');

export interface TaggedValue {
  [TAGGED]: true;
  start: number;
  end: number;
  value: unknown;
}

class TaggedTomlParser extends TOMLParser {
  override parseValue(): unknown {
    // By now pos is one past the value's first character.
    this.state.__TAGGED_START = this.pos - 1;
    return super.parseValue();
  }
  override next(fn: unknown): void {
    const previous = this.state;
    super.next(fn);
    this.state.__TAGGED_START = previous.__TAGGED_START;
  }
  override return(value?: unknown): void {
    const previous = this.state;
    super.return(value);
    // Objects (tables, arrays, dates) are not tagged, so each value is tagged once.
    if (previous.__TAGGED_START && typeof this.state.returned !== 'object') {
      this.state.returned = { [TAGGED]: true, start: previous.__TAGGED_START, end: this.pos, value: this.state.returned } satisfies TaggedValue;
    }
  }
}

/** A TOML syntax error as @iarna/toml reports it: 0-based line and column. */
export interface TomlSyntaxError {
  message: string;
  line: number;
  col: number;
}

export function isTomlSyntaxError(e: unknown): e is TomlSyntaxError {
  return e instanceof Error && typeof (e as Partial<TomlSyntaxError>).line === 'number' && typeof (e as Partial<TomlSyntaxError>).col === 'number';
}

export function parseTaggedToml(text: string): Record<string, unknown> {
  const parser = new TaggedTomlParser();
  parser.parse(text);
  return parser.finish();
}

function isTagged(x: unknown): x is TaggedValue {
  return typeof x === 'object' && x !== null && (x as Partial<TaggedValue>)[TAGGED] === true;
}

/**
 * The value at `path` (which must exist) replaced by JSON.stringify(newValue); release-please
 * throws when the path leads to a table or list instead of a value, and so does this, naming it.
 */
export function replaceTomlValue(text: string, path: readonly string[], newValue: string, file: string): string {
  let current: unknown = parseTaggedToml(text);
  for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
  if (!isTagged(current)) {
    throw new PyreleaseError('EXTRA_FILE_NO_MATCH', `${file}: ${path.join('.')} is a table or a list, not a value pyrelease can set to the version`, {
      file,
      key: 'jsonpath',
      fix: 'point the jsonpath at the version string itself, e.g. $.project.version',
    });
  }
  const output = text.slice(0, current.start) + JSON.stringify(newValue) + text.slice(current.end);
  try {
    const check = new TOMLParser();
    check.parse(output);
    check.finish();
  } catch (e) {
    throw new PyreleaseError('EXTRA_FILE_INVALID', `${file}: setting ${path.join('.')} to the version would leave invalid TOML: ${(e as Error).message.split('\n')[0]}`, { file, key: 'jsonpath', fix: 'point the jsonpath at a plain string value' });
  }
  return output;
}
