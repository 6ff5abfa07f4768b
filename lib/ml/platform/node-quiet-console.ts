/**
 * Node CLI helper: routes console.log/info/warn to stderr so library banners (tfjs prints a
 * "looks like you are running TensorFlow.js in Node.js" notice) never mix into JSON-lines stdout.
 * Import it first.
 */
const toStderr = (...args: unknown[]): void => {
  process.stderr.write(`${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`);
};
console.log = toStderr;
console.info = toStderr;
console.warn = toStderr;
console.debug = toStderr;
