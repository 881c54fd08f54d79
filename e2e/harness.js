// The tiny test harness of the browser tests. A test file registers its tests with
// `test(name, fn)`; e2e/run.js imports the file, takes the registered tests and runs
// them in order in one fresh browser context. `fn` receives
// { page, context, baseUrl, api, admin, artifactsDir }.
const registry = [];

/**
 * @param {string} name
 * @param {(ctx: any) => Promise<void>} fn
 * @param {{ timeout?: number }} [opts] timeout in ms (default 120 s)
 */
export function test(name, fn, opts = {}) {
  registry.push({ name, fn, timeout: opts.timeout ?? 120_000 });
}

/** Used by the runner: the tests registered since the last call. */
export function takeTests() {
  return registry.splice(0, registry.length);
}
