/**
 * Only the keys whose value actually changed, so each tap sends one small setData.
 * Values are compared by their JSON form: page data is plain JSON by construction.
 * `next` is checked against the page's Data type, so a misspelt key does not compile
 * (WeChat's own setData accepts any key, for path updates like `ticks.<id>`).
 */
export function changedKeys<T extends object>(current: T, next: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key])) out[key] = next[key];
  }
  return out;
}
