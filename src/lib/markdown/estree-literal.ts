import type { Expression, Program } from 'estree';

function isLiteralExpression(expression: Expression): boolean {
  if (expression.type === 'Literal') return !('regex' in expression);
  if (expression.type === 'TemplateLiteral') return expression.expressions.length === 0;
  if (expression.type === 'UnaryExpression') return expression.operator === '-' && isLiteralExpression(expression.argument);
  return false;
}

/**
 * Whether an MDX expression's program is empty (a comment) or one literal: the only
 * expressions that can reference nothing.
 * @example isLiteralProgram({ type: 'Program', body: [], sourceType: 'module' }) // true
 */
export function isLiteralProgram(program: Program | null | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement?.type === 'ExpressionStatement' && isLiteralExpression(statement.expression);
}
