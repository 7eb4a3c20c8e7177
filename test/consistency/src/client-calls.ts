import ts from 'typescript';
import { sourceFiles } from './source-files.js';

/** One HTTP call the client makes: `METHOD /path`, and where. */
export interface ClientCall {
  call: string;
  at: string;
}

const stringOf = (node: ts.Node | undefined, consts: Map<string, string>): string | undefined => {
  if (!node) return undefined;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isIdentifier(node)) return consts.get(node.text);
  return undefined;
};

/**
 * Every `transport.json(path, { method })` and `transport.send(path, { method })` in the client's
 * sources, read from their syntax trees; a path held in a `const` of the same file is followed.
 */
export function clientCalls(): ClientCall[] {
  const calls: ClientCall[] = [];
  for (const file of sourceFiles('packages/client/src')) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const consts = new Map<string, string>();
    const visit = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        const value = stringOf(node.initializer, consts);
        if (value !== undefined) consts.set(node.name.text, value);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ['json', 'send'].includes(node.expression.name.text) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'transport'
      ) {
        const [pathArg, init] = node.arguments;
        const path = stringOf(pathArg, consts);
        let method: string | undefined;
        if (init && ts.isObjectLiteralExpression(init)) {
          for (const property of init.properties) {
            if (ts.isPropertyAssignment(property) && property.name.getText(source) === 'method')
              method = stringOf(property.initializer, consts);
          }
        }
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        calls.push({ call: `${method ?? '?'} ${path ?? '?'}`, at: `${file.path}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}
