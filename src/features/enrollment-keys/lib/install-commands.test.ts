import { execFileSync } from 'node:child_process'

import { describe, expect, it } from 'vitest'

import {
  dockerComposeSnippet,
  dockerRunCommand,
  INSTALL_PLATFORMS,
  installGuide,
  joinCommand,
  netclientImageTag,
  psQuote,
  shQuote,
  stepUsesToken,
  yamlQuote,
} from './install-commands'

/** A real Netmaker token shape whose base64 holds all of `+ / =`. */
const TOKEN = btoa(JSON.stringify({ server: 'api.nm.example.com', value: 'ABC>>?' })) + '+/=='
const NASTY = `it's "$(rm -rf ~)" \`x\` \\ $HOME ;|&`

/** What `sh` receives as the arguments of `printf '%s\n' <words>`. */
function shellWords(words: string): string {
  return execFileSync('sh', ['-c', `printf '%s\\n' ${words}`], { encoding: 'utf8' })
}

describe('quoting', () => {
  it('shQuote keeps every byte of a token with + / = as one shell word', () => {
    expect(TOKEN).toMatch(/[+/=]/)
    expect(shellWords(shQuote(TOKEN))).toBe(`${TOKEN}\n`)
  })

  it('shQuote survives quotes, command substitution and metacharacters', () => {
    expect(shQuote(NASTY)).toBe(`'it'\\''s "$(rm -rf ~)" \`x\` \\ $HOME ;|&'`)
    expect(shellWords(shQuote(NASTY))).toBe(`${NASTY}\n`)
  })

  it('psQuote doubles single quotes and leaves $ unexpanded', () => {
    expect(psQuote(TOKEN)).toBe(`'${TOKEN}'`)
    expect(psQuote("a'b $env:X")).toBe("'a''b $env:X'")
  })

  it('yamlQuote escapes backslashes, quotes and line breaks', () => {
    expect(yamlQuote(TOKEN)).toBe(`"${TOKEN}"`)
    expect(yamlQuote('a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"')
    expect(JSON.parse(yamlQuote('a"b\\c\nd'))).toBe('a"b\\c\nd')
  })
})

describe('commands', () => {
  it('joins with the token quoted', () => {
    expect(joinCommand(TOKEN)).toBe(`netclient join -t '${TOKEN}'`)
  })

  it('runs the netclient image with the token in TOKEN and /etc/netclient mounted', () => {
    const command = dockerRunCommand(TOKEN, 'v1.6.0')
    expect(command).toContain(`-e TOKEN='${TOKEN}'`)
    expect(command).toContain('-v /etc/netclient:/etc/netclient')
    expect(command).toContain('--network host --privileged')
    expect(command.trimEnd().endsWith('gravitl/netclient:v1.6.0')).toBe(true)
    // Continued lines still parse as one command with the token intact.
    const words = shellWords(command.replace(/^docker run /, ''))
    expect(words.split('\n')).toContain(`TOKEN=${TOKEN}`)
  })

  it('writes a compose service with the token as a quoted scalar', () => {
    const yaml = dockerComposeSnippet(TOKEN, 'v1.6.0')
    expect(yaml).toContain('image: gravitl/netclient:v1.6.0')
    expect(yaml).toContain(`TOKEN: "${TOKEN}"`)
    expect(yaml).toContain('network_mode: host')
  })

  it.each([
    ['v1.6.0', 'v1.6.0'],
    ['1.6.0', 'v1.6.0'],
    [' v1.5.1 ', 'v1.5.1'],
    ['v1.6.0-rc1', 'latest'],
    ['dev-build', 'latest'],
    [null, 'latest'],
  ])('tags the image for server version %s as %s', (version, tag) => {
    expect(netclientImageTag(version)).toBe(tag)
  })
})

describe('installGuide()', () => {
  it('gives every platform at least one step, and the token to at least one of them', () => {
    for (const platform of INSTALL_PLATFORMS) {
      const guide = installGuide(platform, 'v1.6.0')
      expect(guide.steps.length).toBeGreaterThan(0)
      expect(guide.steps.some(stepUsesToken)).toBe(true)
    }
  })

  it('keeps the token out of the install steps and puts it in the join steps', () => {
    const linux = installGuide('linux', 'v1.6.0')
    const byId = new Map(linux.steps.map((s) => [s.id, s]))
    expect(byId.get('debian')?.command(TOKEN)).not.toContain(TOKEN)
    expect(byId.get('debian')?.command(TOKEN)).toContain('apt.netmaker.org')
    expect(byId.get('join')?.command(TOKEN)).toBe(`sudo netclient join -t '${TOKEN}'`)
  })

  it('says what could not be confirmed instead of inventing a Windows installer command', () => {
    const windows = installGuide('windows', 'v1.6.0')
    expect(windows.caveat).toMatch(/could not be confirmed/)
    expect(windows.steps.map((s) => s.command(TOKEN)).join('\n')).not.toMatch(/https?:/)
    expect(windows.steps[0]?.command(TOKEN)).toBe(`netclient join -t '${TOKEN}'`)
  })

  it('asks for the matching image tag when the server version is unknown', () => {
    expect(installGuide('docker', null).caveat).toMatch(/tag that matches your server/)
    expect(installGuide('docker', 'v1.6.0').caveat).toBeUndefined()
  })
})
