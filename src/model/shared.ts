/**
 * Parts every pod of a cluster carries word for word (the token volume's projection, the default
 * tolerations) are made once and shared by all pods, frozen. Ten thousand pods then hold one copy
 * instead of ten thousand small object trees for the garbage collector to walk.
 *
 * Frozen, because stored objects are shared by reference: a writer must replace such a part,
 * never change it in place — and one that tries fails at once (modules are strict mode) instead
 * of silently changing every pod.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
