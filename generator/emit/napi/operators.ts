/** JS names for C++ operators (`operator+` → `add`); operators without a JS name are not bound. */

const BINARY: Record<string, string> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '==': 'equals', '!=': 'notEquals',
  '<': 'lessThan', '>': 'greaterThan', '<=': 'lessOrEqual', '>=': 'greaterOrEqual', '[]': 'at',
};
const UNARY: Record<string, string> = { '-': 'neg', '+': 'pos' };

/** The JS name of an operator with `arity` parameters (members: not counting `this`). */
export function operatorJsName(symbol: string, arity: number): string | undefined {
  return arity === 0 ? UNARY[symbol] : BINARY[symbol];
}
