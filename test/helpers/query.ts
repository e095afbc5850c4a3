/** Query strings as WeChat hands them to onLoad: tests open shared links with this. */

/** Splits `a=1&b=2` (with or without a leading `?` or path) into a query object, as WeChat does for onLoad. */
export function parseQueryString(input: string): Record<string, string> {
  const at = input.indexOf('?');
  const qs = at >= 0 ? input.slice(at + 1) : input;
  const out: Record<string, string> = {};
  for (const pair of qs.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq >= 0 ? pair.slice(0, eq) : pair;
    const value = eq >= 0 ? pair.slice(eq + 1) : '';
    if (key && key !== '__proto__' && !Object.prototype.hasOwnProperty.call(out, key)) out[key] = value;
  }
  return out;
}
