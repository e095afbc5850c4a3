/**
 * Only the keys whose value actually changed, so each tap sends one small setData.
 * Values are compared by their JSON form: page data is plain JSON by construction.
 */
export function changedKeys<T extends Record<string, unknown>>(
  current: Record<string, unknown>,
  next: T,
): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T & string)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) out[key] = next[key];
  }
  return out;
}
