import ts from 'typescript';
import { sourceFiles } from './source-files.js';

/** One error code the mock can answer with, and where it does. */
export interface MockErrorCode {
  code: number;
  at: string;
}

/**
 * Every MiniMax error code the mock's sources can answer: each `new MockApiError(<code>, …)` and
 * each `invalidParams(…)` (a 2013), read from their syntax trees.
 */
export function mockErrorCodes(): MockErrorCode[] {
  const found: MockErrorCode[] = [];
  for (const file of sourceFiles('packages/mock/src')) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node) =>
      `${file.path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node) => {
      const [first] = ts.isNewExpression(node) || ts.isCallExpression(node) ? (node.arguments ?? []) : [];
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'MockApiError') {
        if (first && ts.isNumericLiteral(first)) found.push({ code: Number(first.text), at: at(node) });
      }
      if (ts.isCallExpression(node) && node.expression.getText(source) === 'invalidParams') {
        found.push({ code: 2013, at: at(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
