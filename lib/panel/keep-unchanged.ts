/**
 * Structural sharing for re-read records: a record equal (as JSON) to the one read before under the
 * same key is replaced by that earlier object, so memoised rows (React.memo) see the same props and
 * do not draw again. A live query returns fresh objects on every change of its table, though most
 * rows did not change.
 */
export function keepUnchanged<T>(prev: readonly T[] | undefined, next: T[], key: (x: T) => string): T[] {
  if (!prev?.length) return next;
  const before = new Map(prev.map((x) => [key(x), x]));
  return next.map((x) => {
    const old = before.get(key(x));
    return old !== undefined && JSON.stringify(old) === JSON.stringify(x) ? old : x;
  });
}
