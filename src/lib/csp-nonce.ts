import { setNonce } from 'get-nonce'

/** What index.html carries until a server replaces it (deploy/nginx.conf does, once per response). */
const PLACEHOLDER = '__CSP_NONCE__'

/**
 * The Content-Security-Policy nonce the server put in `<meta name="csp-nonce">`, if it put one.
 * The UI library adds a few `<style>` elements at run time (scroll locking under dialogs); with a strict
 * `style-src` they need this nonce. Without a server that fills it in there is no CSP and nothing to do.
 */
export function readCspNonce(doc: Document = document): string | null {
  const content = doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? ''
  return content !== PLACEHOLDER && /^[A-Za-z0-9+/_=-]{16,}$/.test(content) ? content : null
}

/** Hand the nonce to the style elements the UI library creates. Call once, before the first render. */
export function applyCspNonce(doc: Document = document): void {
  const nonce = readCspNonce(doc)
  if (nonce) setNonce(nonce)
}
