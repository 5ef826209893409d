// The nonce of a webview page's content security policy: only the script and style that carry it
// may run or apply. A new one for every page, from the platform's cryptographic random source.

export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}
