import { describe, expect, it } from 'vitest'

import { makeKey } from '@/test/factories'

import { extractToken, matchToken, ownTokenServer, readToken } from './inspect-token'

const SERVER = 'api.netmaker.example.com'
const VALUE = 'K4ZJ3T5QW2X7N6MB2HQYRVLD3UFPSA7E'
const tokenOf = (server: string, value: string) => btoa(JSON.stringify({ server, value }))
const TOKEN = tokenOf(SERVER, VALUE)

describe('extractToken', () => {
  it('takes a bare token, trimmed', () => {
    expect(extractToken(`  ${TOKEN}\n`)).toBe(TOKEN)
  })

  it('takes the token out of a netclient join command, with a prompt, sudo or quotes around it', () => {
    expect(extractToken(`netclient join -t ${TOKEN}`)).toBe(TOKEN)
    expect(extractToken(`$ sudo netclient join -t "${TOKEN}"`)).toBe(TOKEN)
    expect(extractToken(`netclient join --token=${TOKEN} --verbosity 3`)).toBe(TOKEN)
  })

  it('takes the token out of the Docker command', () => {
    const docker = `docker run -d --network host --privileged -e TOKEN=${TOKEN} -v /etc/netclient:/etc/netclient --name netclient gravitl/netclient:latest`
    expect(extractToken(docker)).toBe(TOKEN)
  })

  it('finds nothing in text without a token', () => {
    expect(extractToken('netclient join')).toBeNull()
    expect(extractToken('')).toBeNull()
  })
})

describe('readToken', () => {
  it('says empty, malformed (with a clear message) or decoded', () => {
    expect(readToken('  ')).toEqual({ kind: 'empty' })
    expect(readToken('netclient join -t')).toMatchObject({ kind: 'malformed', message: /No token found/ })
    expect(readToken('QUJDREVGR0hJSktMTU5PUFFSU1RVVg==')).toMatchObject({
      kind: 'malformed',
      message: /not an enrollment token/,
    })
    expect(readToken(`netclient join -t ${TOKEN}`)).toEqual({
      kind: 'decoded',
      token: TOKEN,
      decoded: { server: SERVER, value: VALUE },
    })
  })
})

describe('matchToken', () => {
  const own = makeKey({ id: VALUE, name: 'office', token: TOKEN })
  const other = makeKey({ id: 'OTHERVALUE', token: tokenOf(SERVER, 'OTHERVALUE') })

  it('learns this server’s address from its own keys’ tokens', () => {
    expect(ownTokenServer([makeKey({ token: 'garbage' }), other])).toBe(SERVER)
    expect(ownTokenServer([])).toBeNull()
  })

  it('finds the key a token belongs to', () => {
    expect(matchToken({ server: SERVER, value: VALUE }, [other, own], SERVER)).toEqual({
      kind: 'key',
      key: own,
      sameServer: true,
      serverInToken: SERVER,
    })
  })

  it('notices a token that carries a key of this server but another server’s address', () => {
    expect(matchToken({ server: 'old.example.com', value: VALUE }, [own], SERVER)).toMatchObject({
      kind: 'key',
      sameServer: false,
      serverInToken: 'old.example.com',
    })
  })

  it('tells a token of this server with no key (deleted or regenerated) from one of another server', () => {
    expect(matchToken({ server: SERVER, value: 'GONE' }, [own], SERVER)).toEqual({
      kind: 'unknown-key',
      server: SERVER,
    })
    expect(matchToken({ server: 'elsewhere.example.org', value: 'X' }, [own], SERVER)).toEqual({
      kind: 'other-server',
      serverInToken: 'elsewhere.example.org',
      thisServer: SERVER,
    })
  })
})
