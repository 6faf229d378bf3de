import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '@/mocks/node'

import { listEnrollmentKeys } from './enrollment-keys/requests'
import { enrollmentKeyListSchema } from './enrollment-keys/schemas'

/** Answers a server (or something in front of it) may give that the console must read or reject clearly. */
describe('odd and hostile responses', () => {
  const answerList = (response: () => Response) => server.use(http.get('*/api/v1/enrollment-keys', response))

  it('a 200 with an HTML page (a proxy or captive portal answering) is refused, saying it is not JSON', async () => {
    answerList(
      () => new HttpResponse('<!doctype html><html><body><script>alert(1)</script></body></html>', { status: 200 }),
    )
    await expect(listEnrollmentKeys()).rejects.toMatchObject({
      kind: 'invalid-response',
      status: 200,
      message: expect.stringContaining('not JSON'),
    })
  })

  it('a 200 with an empty body is refused, naming what was missing', async () => {
    answerList(() => new HttpResponse('', { status: 200 }))
    await expect(listEnrollmentKeys()).rejects.toMatchObject({
      kind: 'invalid-response',
      message: 'The server answered with an empty body where data was expected',
    })
  })

  it('a list that is not a list is refused, naming where', async () => {
    answerList(() => HttpResponse.json({ keys: [] }))
    await expect(listEnrollmentKeys()).rejects.toMatchObject({ kind: 'invalid-response' })
  })

  it('reads keys with unknown fields, null lists and a type it does not know', () => {
    const base = {
      value: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      token: 'dG9rZW4=',
      uses_remaining: 0,
      expiration: '0001-01-01T00:00:00Z',
      unlimited: false,
    }
    const keys = enrollmentKeyListSchema.parse([
      { ...base, tags: ['<b>bold</b>'], networks: null, groups: null, type: 9, unlimited: true, extra: { a: 1 } },
      { ...base, tags: null, networks: ['n'], type: -1, uses_remaining: 4 },
    ])
    expect(keys[0]).toMatchObject({ name: '<b>bold</b>', networks: [], tags: [], type: 'invalid', unknownWireType: 9 })
    expect(keys[0]).not.toHaveProperty('extra')
    expect(keys[1]).toMatchObject({ name: '', type: 'invalid', unknownWireType: -1, usesRemaining: 4 })
  })
})
