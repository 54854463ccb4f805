/** The scanner @conventional-commits/parser 0.4 builds its tree with (lib/scanner.js; the package ships no types for it). */
declare module '@conventional-commits/parser/lib/scanner.js' {
  interface Position {
    line: number;
    column: number;
    offset: number;
  }
  class Scanner {
    pos: Position;
    rewind(pos: Position): void;
    position(): Position;
    abort(node: { position: { start: Position } }, expectedTokens?: Array<string | false>): Error;
  }
  export = Scanner;
}
