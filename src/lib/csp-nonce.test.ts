import { getNonce } from 'get-nonce'
import { describe, expect, it } from 'vitest'

import { applyCspNonce, readCspNonce } from './csp-nonce'

function docWith(content: string | null): Document {
  const doc = document.implementation.createHTMLDocument('t')
  if (content !== null) {
    const meta = doc.createElement('meta')
    meta.name = 'csp-nonce'
    meta.content = content
    doc.head.append(meta)
  }
  return doc
}

describe('CSP nonce', () => {
  it('reads the nonce a server filled in', () => {
    expect(readCspNonce(docWith('3f5a9c0e1b2d4f6a8c0e1b2d4f6a8c0e'))).toBe('3f5a9c0e1b2d4f6a8c0e1b2d4f6a8c0e')
  })

  it('ignores the placeholder, a missing meta, and anything that is not a nonce', () => {
    expect(readCspNonce(docWith('__CSP_NONCE__'))).toBeNull()
    expect(readCspNonce(docWith(null))).toBeNull()
    expect(readCspNonce(docWith('short'))).toBeNull()
    expect(readCspNonce(docWith('"><script>alert(1)</script>'))).toBeNull()
  })

  it('hands the nonce to the style elements the UI library creates', () => {
    applyCspNonce(docWith('0123456789abcdef0123456789abcdef'))
    expect(getNonce()).toBe('0123456789abcdef0123456789abcdef')
  })
})
