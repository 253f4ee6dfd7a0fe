// @ts-check
/**
 * `local/no-module-state`: a module holds no mutable state. State lives in an object somebody
 * owns (a session, a scene, a service) and is handed to whoever needs it, so two games, two
 * scenes or two tests never share it by accident.
 *
 * Reported, at module level (imports included):
 * - a `let` or `var`;
 * - writing a member of a module-level binding (`x.y = …`, `x.y++`, `delete x.y`) or calling a
 *   mutating method on it (`push`, `set`, `add`, `delete`, `clear`, `splice`…), also when the
 *   binding is imported from another module;
 * - a module-level `new` (an object that can hold state), unless it is typed `ReadonlyMap` or
 *   `ReadonlySet`.
 *
 * Two kinds of module-level object carry no state anyone can observe, and are allowed when the
 * comment just before their declaration starts with their kind:
 * - `Pure memo:` a cache of a pure function's results, keyed by what they depend on, whose
 *   presence changes no result, only speed;
 * - `Scratch:` a buffer a function overwrites before it reads it, and never hands out.
 */

const MUTATORS = new Set([
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
  'set',
  'add',
  'delete',
  'clear',
]);

const EXEMPT = /^[\s*]*(Pure memo|Scratch):/;

/** @typedef {any} Node An ESTree node, walked up through `parent` (ESLint sets it on each). */

/**
 * The outermost member expression of a chain that starts at `node` (`x` in `x.a.b`).
 * @param {Node} node
 * @returns {Node}
 */
function chainTop(node) {
  let top = node;
  while (top.parent.type === 'MemberExpression' && top.parent.object === top) top = top.parent;
  return top;
}

/**
 * How `identifier` mutates what it names, or null.
 * @param {Node} identifier
 * @returns {string | null}
 */
function mutation(identifier) {
  const top = chainTop(identifier);
  if (top === identifier) return null;
  const parent = top.parent;
  if (parent.type === 'AssignmentExpression' && parent.left === top) return 'assigns to';
  if (parent.type === 'UpdateExpression') return 'updates';
  if (parent.type === 'UnaryExpression' && parent.operator === 'delete') return 'deletes from';
  if (
    parent.type === 'CallExpression' &&
    parent.callee === top &&
    top.type === 'MemberExpression'
  ) {
    const property = top.property;
    if (!top.computed && property.type === 'Identifier' && MUTATORS.has(property.name)) {
      return `calls ${property.name} on`;
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noModuleState = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid mutable module-level state.' },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    /** @param {Node} declaration */
    const exempt = (declaration) => {
      const statement =
        declaration.parent.type === 'ExportNamedDeclaration' ? declaration.parent : declaration;
      return source.getCommentsBefore(statement).some((comment) => EXEMPT.test(comment.value));
    };
    return {
      'Program:exit'(program) {
        const scope = source.getScope(program);
        const moduleScope = scope.type === 'module' ? scope : scope.childScopes[0];
        if (!moduleScope) return;
        for (const variable of moduleScope.variables) {
          const def = variable.defs[0];
          if (!def) continue;
          const declaration = /** @type {Node} */ (def.parent);
          if (def.type === 'Variable' && declaration.type === 'VariableDeclaration') {
            if (declaration.kind !== 'const') {
              context.report({
                node: def.name,
                message: `Module-level \`${declaration.kind} ${variable.name}\` is shared state: give it an owner (a session, scene or service) and pass it in.`,
              });
              continue;
            }
            if (exempt(declaration)) continue;
          } else if (def.type !== 'ImportBinding') continue;
          for (const reference of variable.references) {
            const how = mutation(/** @type {Node} */ (reference.identifier));
            if (how) {
              context.report({
                node: reference.identifier,
                message: `This ${how} module-level \`${variable.name}\`: module state is shared by every caller; give it an owner and pass it in (a pure memo or scratch buffer says so in a "Pure memo:"/"Scratch:" comment).`,
              });
            }
          }
        }
      },
      'Program > VariableDeclaration > VariableDeclarator > NewExpression.init, Program > ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > NewExpression.init'(
        /** @type {Node} */ node,
      ) {
        const declarator = node.parent;
        if (declarator.type !== 'VariableDeclarator') return;
        if (exempt(declarator.parent)) return;
        const typeName = declarator.id.typeAnnotation?.typeAnnotation?.typeName?.name;
        if (typeName === 'ReadonlyMap' || typeName === 'ReadonlySet') return;
        context.report({
          node,
          message:
            'A module-level `new` makes an object that can hold state: type it ReadonlyMap/ReadonlySet, give it an owner, or say "Pure memo:"/"Scratch:" in a comment before it.',
        });
      },
    };
  },
};
