// Offset ↔ line/column. Built only when a diagnostic needs a position, so a clean run never
// pays for it. Lines break at \n, \r\n and \r, as jsonc-parser counts them.

import { lastAtOrBefore } from '../sorted.ts';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (as ESLint and SARIF's default). */
  column: number;
}

export class LineIndex {
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    const line = lastAtOrBefore(this.starts, this.starts.length, offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
