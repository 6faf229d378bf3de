/* global process, setTimeout */
/**
 * Small helpers shared by the scripts that start servers on loopback (netmaker-server.mjs, nginx.mjs):
 * free-port checks, log tails, and stopping a child process by its id.
 */
import { createServer } from 'node:net'

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms))

/** The last `lines` lines of a log. */
export function tail(text, lines = 20) {
  return text.trimEnd().split('\n').slice(-lines).join('\n')
}

/**
 * Whether nothing listens on `port` (on `host`, or on every interface when none is given).
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export function isPortFree(port, host) {
  return new Promise((ok) => {
    const probe = createServer()
    probe.once('error', () => ok(false))
    const listening = () => probe.close(() => ok(true))
    if (host) probe.listen(port, host, listening)
    else probe.listen(port, listening)
  })
}

/**
 * Follows a started child process: whether (and how) it has exited, and `stop`, which sends `signal`,
 * then SIGKILL after `graceMs`, and resolves once the process is gone.
 * @param {import('node:child_process').ChildProcess} child
 */
export function superviseChild(child) {
  /** @type {{ code: number | null, signal: string | null } | null} */
  let exited = null
  child.on('exit', (code, signal) => {
    exited = { code, signal }
  })
  return {
    exited: () => exited,
    /** @param {NodeJS.Signals} [signal] @param {number} [graceMs] */
    async stop(signal = 'SIGTERM', graceMs = 5000) {
      if (exited !== null) return
      child.kill(signal)
      const deadline = Date.now() + graceMs
      while (exited === null && Date.now() < deadline) await sleep(50)
      if (exited === null) child.kill('SIGKILL')
      while (exited === null) await sleep(50)
    },
  }
}

/** For a script that runs until Ctrl-C / SIGTERM: run `stop` once, then exit. */
export function stopOnSignals(stop) {
  let stopping = false
  const onSignal = async () => {
    if (stopping) return
    stopping = true
    await stop()
    process.exit(0)
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}
