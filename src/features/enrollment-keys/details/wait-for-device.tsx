import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { decodeToken } from '@/api/enrollment-keys/rules'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { env } from '@/lib/env'
import { formatDateTime } from '@/lib/format'

import { type JoinedDevice, useWaitForDevice, WAIT_LIMIT_MS, type WaitOptions } from '../hooks/use-wait-for-device'
import { usageLabel } from '../lib/format'
import { keyStatus } from '../lib/key-status'
import { SimulateDeviceJoin } from './simulate-device-join'

export type WaitForDeviceProps = WaitOptions & {
  keyItem: EnrollmentKey
  onStop: () => void
}

const OS_LABELS: Record<string, string> = { linux: 'Linux', windows: 'Windows', darwin: 'macOS', freebsd: 'FreeBSD' }

function DeviceCard({ device }: { device: JoinedDevice }) {
  const name = device.host?.name ?? 'A new device'
  const os = device.host?.os ? (OS_LABELS[device.host.os] ?? device.host.os) : null
  return (
    <li className="bg-card flex flex-col gap-1.5 rounded-md border px-3 py-2">
      <p className="font-medium break-all">{name}</p>
      <p className="text-muted-foreground text-xs">
        {[os, device.host?.version ? `netclient ${device.host.version}` : null].filter(Boolean).join(' · ') ||
          'Waiting for the server to describe it…'}
      </p>
      <div className="flex flex-wrap gap-1">
        {device.nodes.map((node) => (
          <Badge key={node.id} variant="outline">
            {node.network}
            {typeof node.address === 'string' && node.address ? ` · ${node.address}` : ''}
          </Badge>
        ))}
      </div>
    </li>
  )
}

/** What usually keeps a device from showing up, with this key's own facts filled in. */
function Troubleshooting({ keyItem }: { keyItem: EnrollmentKey }) {
  const server = decodeToken(keyItem.token)?.server
  const status = keyStatus(keyItem, new Date())
  return (
    <ul className="text-foreground list-disc space-y-1.5 pl-5 text-sm">
      <li>
        <span className="font-medium">The key cannot be used.</span>{' '}
        {status.status === 'valid' ? `Not the problem now — ${status.reason}` : status.reason}
      </li>
      <li>
        <span className="font-medium">Wrong server address in the token.</span>{' '}
        {server
          ? `The token sends devices to ${server}. If the device cannot resolve or reach that address, it never registers: fix the server's public API address, then regenerate the token.`
          : 'This token does not name a server address the console can read; check that it was copied whole.'}
      </li>
      <li>
        <span className="font-medium">A firewall in the way.</span> The device must reach the server over HTTPS, and
        WireGuard needs its UDP port (51821 by default) open between devices.
      </li>
      <li>
        <span className="font-medium">The join failed on the device.</span> Run the join again with{' '}
        <code className="bg-muted rounded px-1 font-mono text-xs">-vvv</code> and read what netclient says; check that
        its version matches the server’s.
      </li>
      <li>
        <span className="font-medium">Waiting for approval.</span> If a network does not admit new hosts automatically,
        the device waits among the server’s pending hosts until someone approves it.
      </li>
    </ul>
  )
}

/**
 * "Waiting for your device": watches the server for a device joining with the key and says when it
 * arrived (name, OS, networks; uses left for a limited key), or, after a few minutes, what usually goes
 * wrong. Mounted only while the administrator waits: closing it stops the watching.
 */
export function WaitForDevice({ keyItem, onStop, intervalMs, limitMs = WAIT_LIMIT_MS }: WaitForDeviceProps) {
  // The freshest copy of the key (uses left drop once a device joined and the list is refreshed). It does
  // not refetch the list on mount: at 10,000 keys that read is not cheap, and waiting needs only the nodes.
  const { data: fresh } = useQuery({
    ...enrollmentKeyQueries.list(),
    select: (keys) => keys.find((k) => k.id === keyItem.id),
    refetchOnMount: false,
  })
  const current = fresh ?? keyItem
  const { state, error, isRetrying, restart } = useWaitForDevice(current, { intervalMs, limitMs })
  const headingRef = useRef<HTMLParagraphElement>(null)
  const phase = state.phase

  // The outcome moves focus to itself, so keyboard and screen reader users hear it.
  useEffect(() => {
    if (phase === 'found' || phase === 'timed-out') headingRef.current?.focus()
  }, [phase])

  return (
    <div className="bg-muted/30 flex flex-col gap-3 rounded-lg border p-4">
      {state.phase === 'found' ? (
        <div className="flex flex-col gap-2">
          <p ref={headingRef} tabIndex={-1} role="status" className="text-success font-semibold outline-none">
            {state.devices.length === 1 ? 'Your device joined' : `${state.devices.length} devices joined`}
          </p>
          <ul className="flex flex-col gap-2" aria-label="Devices that joined">
            {state.devices.map((device) => (
              <DeviceCard key={device.hostId} device={device} />
            ))}
          </ul>
          {current.type === 'limited' ? (
            <p className="text-sm">
              Uses left: <span className="font-medium">{usageLabel(current)}</span>
            </p>
          ) : null}
        </div>
      ) : state.phase === 'timed-out' ? (
        <div className="flex flex-col gap-2">
          <p ref={headingRef} tabIndex={-1} role="status" className="font-semibold outline-none">
            No device has joined in {Math.round(limitMs / 60_000)} minutes
          </p>
          <p className="text-muted-foreground text-sm">What usually goes wrong:</p>
          <Troubleshooting keyItem={current} />
        </div>
      ) : (
        <div role="status" className="flex items-center gap-2 text-sm">
          <Spinner />
          {state.phase === 'starting' ? (
            <span>Checking which devices the server has now…</span>
          ) : (
            <span>
              Waiting for a device to join {current.networks.join(', ')} — since {formatDateTime(state.since)}
              {state.paused ? '. Paused while this tab is in the background.' : '.'}
            </span>
          )}
        </div>
      )}

      {error && state.phase !== 'found' ? (
        <Alert variant="warning">
          <AlertTitle>Couldn’t check the server</AlertTitle>
          <AlertDescription>
            {error.message} {isRetrying ? 'Trying again…' : 'It will be tried again shortly.'}
          </AlertDescription>
        </Alert>
      ) : null}

      {env.mock && state.phase !== 'found' ? <SimulateDeviceJoin token={current.token} /> : null}

      <div className="flex flex-wrap justify-end gap-2">
        {state.phase === 'found' || state.phase === 'timed-out' ? (
          <Button variant="outline" size="sm" onClick={restart}>
            {state.phase === 'found' ? 'Wait for another device' : 'Keep waiting'}
          </Button>
        ) : null}
        <Button variant="ghost" size="sm" onClick={onStop}>
          {state.phase === 'found' ? 'Dismiss' : 'Stop waiting'}
        </Button>
      </div>
    </div>
  )
}
