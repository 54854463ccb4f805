/** @iarna/toml's streaming parser class, which release-please's toml-edit subclasses (the package ships no types for it). */
declare module '@iarna/toml/lib/toml-parser.js' {
  interface ParserState {
    returned: unknown;
    __TAGGED_START?: number;
  }
  class TOMLParser {
    pos: number;
    state: ParserState;
    parse(text: string): void;
    finish(): Record<string, unknown>;
    parseValue(): unknown;
    next(fn: unknown): void;
    return(value?: unknown): void;
  }
  export = TOMLParser;
}
