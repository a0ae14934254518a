// Module resolution hook for the mutation-testing worker: `node:test` resolves to node-test-shim.mjs.
let shimUrl = '';

export function initialize(data) {
  shimUrl = data.shimUrl;
}

export function resolve(specifier, context, nextResolve) {
  if (specifier === 'node:test') return { url: shimUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
