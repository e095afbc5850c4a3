/** Reading the error objects wx APIs hand to `fail`, which are loosely shaped. */

interface WxError {
  errMsg?: unknown;
  errno?: unknown;
}

export function errText(err: unknown): string {
  const msg = typeof err === 'object' && err !== null ? (err as WxError).errMsg : undefined;
  return typeof msg === 'string' ? msg : String(err);
}

/** WeChat refuses privacy-gated APIs with errno 104 (or "privacy" in the message) until the notice is accepted. */
export function isPrivacyError(err: unknown): boolean {
  const errno = typeof err === 'object' && err !== null ? (err as WxError).errno : undefined;
  return errno === 104 || /privacy/i.test(errText(err));
}
