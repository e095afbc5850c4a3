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

/** What `sendChanges` needs of a page or component: its data and its setData. */
interface DataOwner<T> {
  data: T;
  setData(patch: Partial<T>): void;
}

/**
 * Sends only the keys that changed, and no setData at all when nothing did: an empty setData
 * still crosses from the logic layer to the render layer. Returns whether anything was sent.
 */
export function sendChanges<T extends object>(owner: DataOwner<T>, next: Partial<T>): boolean {
  const patch = changedKeys(owner.data, next);
  if (!Object.keys(patch).length) return false;
  owner.setData(patch);
  return true;
}
