import { createServer, type IncomingMessage, request as httpRequest, type Server, type ServerResponse } from 'node:http'

/**
 * A transparent HTTP proxy between nginx and the real Netmaker server that can be told to misbehave, for
 * the fault journeys that a healthy server cannot show:
 *
 * - `POST /__faults/drop-next-create`: the next `POST /api/v1/enrollment-keys` is passed to the server,
 *   which saves the key, and then the connection is cut before the answer is sent on. nginx answers the
 *   browser 502: a create that failed after the server saved it.
 * - `POST /__faults/hold`: every later API request waits (the server has not seen it yet);
 *   `POST /__faults/release` sends them on. A request whose client gave up meanwhile (the browser aborted
 *   it, so nginx closed its connection) is never sent: `GET /__faults/state` counts those as `abandoned`.
 *
 * The control routes are answered by the proxy itself on its own port, never through nginx.
 */
export type FaultProxyState = {
  held: number
  /** "METHOD /path" of each request waiting, in arrival order. */
  heldRequests: string[]
  /** Requests whose client gave up while held: never sent to the server. */
  abandoned: number
  abandonedRequests: string[]
  dropped: number
  dropArmed: boolean
}

export type FaultProxy = { url: string; stop: () => Promise<void> }

type Held = { label: string; go: () => void; gone: () => boolean }

export async function startFaultProxy({ port, target }: { port: number; target: string }): Promise<FaultProxy> {
  const upstream = new URL(target)
  let dropArmed = false
  let dropped = 0
  let abandonedRequests: string[] = []
  let holding = false
  let held: Held[] = []

  const json = (res: ServerResponse, body: unknown) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const state = (): FaultProxyState => ({
    held: held.length,
    heldRequests: held.map((h) => h.label),
    abandoned: abandonedRequests.length,
    abandonedRequests,
    dropped,
    dropArmed,
  })

  function control(res: ServerResponse, path: string) {
    if (path === '/__faults/drop-next-create') dropArmed = true
    else if (path === '/__faults/hold') holding = true
    else if (path === '/__faults/release') {
      holding = false
      const waiting = held
      held = []
      for (const h of waiting) h.go()
      return json(res, { ...state(), released: waiting.filter((h) => !h.gone()).length })
    } else if (path === '/__faults/reset') {
      dropArmed = false
      dropped = 0
      abandonedRequests = []
    } else if (path !== '/__faults/state') {
      res.writeHead(404).end()
      return
    }
    json(res, state())
  }

  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    const dropThis = dropArmed && req.method === 'POST' && req.url === '/api/v1/enrollment-keys'
    if (dropThis) dropArmed = false
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host, connection: 'close' },
      },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          if (dropThis) {
            // The server has answered (and saved the key): cut the line instead of passing it on.
            dropped += 1
            req.socket.destroy()
            return
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          res.end(Buffer.concat(chunks))
        })
      },
    )
    out.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' })
      res.end('fault proxy: upstream unreachable')
    })
    out.end(body)
  }

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path.startsWith('/__faults/')) return control(res, path)
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      if (!holding) return forward(req, res, body)
      let clientGone = false
      res.on('close', () => {
        if (!res.writableFinished) clientGone = true
      })
      held.push({
        label: `${req.method} ${path}`,
        gone: () => clientGone,
        go: () => {
          if (clientGone) abandonedRequests.push(`${req.method} ${path}`)
          else forward(req, res, body)
        },
      })
    })
  })
  await new Promise<void>((ok, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on 127.0.0.1 is in use (fault proxy): free it or set FAULT_PROXY_PORT.`)
          : error,
      ),
    )
    server.listen(port, '127.0.0.1', () => ok())
  })
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((ok) => {
        for (const h of held) h.go()
        held = []
        server.closeAllConnections()
        server.close(() => ok())
      }),
  }
}
