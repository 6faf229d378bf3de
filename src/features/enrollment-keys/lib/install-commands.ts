/**
 * The commands a device runs to join a Netmaker network with an enrollment token, per platform.
 *
 * Only what Netmaker documents is generated here (its netclient install docs: the apt and dnf repositories,
 * Homebrew tap, the `gravitl/netclient` image with `TOKEN` and `/etc/netclient`, `netclient join -t`). Where a
 * command could not be confirmed for the server's generation (the Windows installer), the platform carries
 * a note instead of a made-up command.
 *
 * Tokens are standard base64 and may hold `+ / =`: harmless to a shell unquoted, but every value is quoted
 * for its target anyway (POSIX single quotes, PowerShell single quotes, YAML double quotes), so a value that
 * is not base64 can never break out of the command.
 */

export const INSTALL_PLATFORMS = ['linux', 'docker', 'windows', 'macos', 'installed'] as const
export type InstallPlatform = (typeof INSTALL_PLATFORMS)[number]

export function isInstallPlatform(value: string): value is InstallPlatform {
  return (INSTALL_PLATFORMS as readonly string[]).includes(value)
}

export const INSTALL_PLATFORM_LABELS: Record<InstallPlatform, string> = {
  linux: 'Linux',
  docker: 'Docker',
  windows: 'Windows',
  macos: 'macOS',
  installed: 'Already installed',
}

/** One copyable step: its title, and the command built for a given token. */
export type InstallStep = {
  id: string
  title: string
  /** The copy button's name ("Copy join command"); unique within a platform. */
  copyLabel: string
  /** Shell the command is for (shown as a hint; also decides the quoting). */
  shell: 'sh' | 'powershell' | 'yaml'
  command: (token: string) => string
}

export type InstallGuide = {
  platform: InstallPlatform
  /** One sentence above the steps. */
  intro: string
  steps: InstallStep[]
  /** What could not be confirmed, said plainly instead of guessed. */
  caveat?: string
}

/** `value` as one POSIX shell word: single quotes, with `'` written as `'\''`. */
export function shQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** `value` as one PowerShell word: single quotes (no expansion), with `'` doubled. */
export function psQuote(value: string): string {
  return `'${value.replaceAll("'", "''")}'`
}

/** `value` as a YAML double-quoted scalar. */
export function yamlQuote(value: string): string {
  const escaped = value
    .replaceAll('\\', '\\\\')
    .replaceAll('"', '\\"')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\t', '\\t')
  return `"${escaped}"`
}

/**
 * The netclient image tag for a server version: netclient and server are released together, so the tag
 * that matches the server (`v1.6.0`); `latest` when the server did not say.
 */
export function netclientImageTag(serverVersion: string | null): string {
  const match = serverVersion ? /^v?(\d+\.\d+\.\d+)$/.exec(serverVersion.trim()) : null
  return match ? `v${match[1]}` : 'latest'
}

export function joinCommand(token: string): string {
  return `netclient join -t ${shQuote(token)}`
}

export function sudoJoinCommand(token: string): string {
  return `sudo ${joinCommand(token)}`
}

export function dockerRunCommand(token: string, tag: string): string {
  return [
    'docker run -d --name netclient --network host --privileged \\',
    `  -e TOKEN=${shQuote(token)} \\`,
    '  -v /etc/netclient:/etc/netclient \\',
    `  gravitl/netclient:${tag}`,
  ].join('\n')
}

export function dockerComposeSnippet(token: string, tag: string): string {
  return [
    'services:',
    '  netclient:',
    `    image: gravitl/netclient:${tag}`,
    '    container_name: netclient',
    '    network_mode: host',
    '    privileged: true',
    '    environment:',
    `      TOKEN: ${yamlQuote(token)}`,
    '    volumes:',
    '      - /etc/netclient:/etc/netclient',
  ].join('\n')
}

const DEBIAN_INSTALL = [
  "curl -sL 'https://apt.netmaker.org/gpg.key' | sudo tee /etc/apt/trusted.gpg.d/netclient.asc",
  "curl -sL 'https://apt.netmaker.org/debian.deb.txt' | sudo tee /etc/apt/sources.list.d/netclient.list",
  'sudo apt update',
  'sudo apt install netclient',
].join('\n')

const REDHAT_INSTALL = [
  "curl -sL 'https://rpm.netmaker.org/gpg.key' | sudo tee /tmp/gpg.key",
  "curl -sL 'https://rpm.netmaker.org/netclient-repo' | sudo tee /etc/yum.repos.d/netclient.repo",
  'sudo rpm --import /tmp/gpg.key',
  'sudo dnf check-update',
  'sudo dnf install netclient',
].join('\n')

const MACOS_INSTALL = ['brew tap gravitl/netclient', 'brew install netclient'].join('\n')

/** Join from a shell with sudo (Linux, macOS, and a host that already has netclient). */
const SUDO_JOIN_STEP: InstallStep = {
  id: 'join',
  title: 'Join',
  copyLabel: 'Copy join command',
  shell: 'sh',
  command: sudoJoinCommand,
}

/** The steps for each platform, for a server of this version (null when unknown). */
export function installGuide(platform: InstallPlatform, serverVersion: string | null): InstallGuide {
  const tag = netclientImageTag(serverVersion)
  switch (platform) {
    case 'linux':
      return {
        platform,
        intro: 'Add Netmaker’s package repository, install netclient, then join.',
        steps: [
          {
            id: 'debian',
            title: 'Install on Debian or Ubuntu',
            copyLabel: 'Copy Debian/Ubuntu install commands',
            shell: 'sh',
            command: () => DEBIAN_INSTALL,
          },
          {
            id: 'redhat',
            title: 'or on Fedora, RHEL or Rocky',
            copyLabel: 'Copy Fedora/RHEL install commands',
            shell: 'sh',
            command: () => REDHAT_INSTALL,
          },
          SUDO_JOIN_STEP,
        ],
      }
    case 'docker':
      return {
        platform,
        intro: `Run netclient in a container on a Linux host (image gravitl/netclient:${tag}); it joins with the token on start.`,
        steps: [
          {
            id: 'run',
            title: 'docker run',
            copyLabel: 'Copy docker run command',
            shell: 'sh',
            command: (token) => dockerRunCommand(token, tag),
          },
          {
            id: 'compose',
            title: 'or in compose.yaml',
            copyLabel: 'Copy compose snippet',
            shell: 'yaml',
            command: (token) => dockerComposeSnippet(token, tag),
          },
        ],
        caveat:
          tag === 'latest'
            ? 'The server did not report its version: pick the gravitl/netclient tag that matches your server.'
            : undefined,
      }
    case 'windows':
      return {
        platform,
        intro: 'Install netclient for Windows, then join from an administrator PowerShell.',
        steps: [
          {
            id: 'join',
            title: 'Join (administrator PowerShell)',
            copyLabel: 'Copy join command',
            shell: 'powershell',
            command: (token) => `netclient join -t ${psQuote(token)}`,
          },
        ],
        caveat:
          'Netmaker ships a Windows installer, but its download address for this server version could not be confirmed here: get it from docs.netmaker.io (Netclient → Windows).',
      }
    case 'macos':
      return {
        platform,
        intro: 'Install netclient with Homebrew, then join.',
        steps: [
          {
            id: 'install',
            title: 'Install',
            copyLabel: 'Copy Homebrew install commands',
            shell: 'sh',
            command: () => MACOS_INSTALL,
          },
          SUDO_JOIN_STEP,
        ],
        caveat: 'Netmaker also offers a macOS installer package; see docs.netmaker.io (Netclient → Mac).',
      }
    case 'installed':
      return {
        platform,
        intro: 'On a device where netclient is already installed and running:',
        steps: [SUDO_JOIN_STEP],
      }
  }
}

/** Whether a step's command contains the token (the ones that do get masked until revealed). */
export function stepUsesToken(step: InstallStep): boolean {
  const probe = '\u0000probe\u0000'
  return step.command(probe).includes(probe)
}
