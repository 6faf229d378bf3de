import { useRef } from 'react'

import { isApiError } from '@/api/client'
import { useRegisterHost } from '@/api/hosts/mutations'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'

import { useServerCapabilities } from '../hooks/use-server-capabilities'

export type SimulateDeviceJoinProps = {
  token: string
}

const DEMO_NAMES = ['demo-laptop', 'demo-raspberry-pi', 'demo-build-agent', 'demo-nas', 'demo-phone-gw']

function randomBytesBase64(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * Demo only: what running `netclient join` on a real machine would do — a register request to the (mock)
 * server with this token and a made-up host — so that the whole journey can be tried without a device.
 */
export function SimulateDeviceJoin({ token }: SimulateDeviceJoinProps) {
  const register = useRegisterHost()
  const { version } = useServerCapabilities()
  const count = useRef(0)

  function simulate() {
    const name = `${DEMO_NAMES[count.current % DEMO_NAMES.length] ?? 'demo-device'}-${Math.floor(Math.random() * 900 + 100)}`
    count.current += 1
    register.mutate({
      token,
      host: {
        id: crypto.randomUUID(),
        name,
        os: 'linux',
        version: version ?? 'v1.6.0',
        traffickeypublic: randomBytesBase64(32),
      },
    })
  }

  return (
    <div className="border-primary/40 bg-primary/5 flex flex-col gap-2 rounded-md border border-dashed p-3">
      <p className="text-sm">
        <span className="font-medium">Demo:</span> no real device here? Send the register request a netclient would send
        with this token.
      </p>
      <div>
        <Button variant="outline" size="sm" onClick={simulate} disabled={register.isPending}>
          {register.isPending ? <Spinner /> : null}
          Simulate a device joining
        </Button>
      </div>
      {register.isError ? (
        <p role="alert" className="text-destructive text-sm">
          The server refused the device: {isApiError(register.error) ? register.error.message : 'unknown error'}.
        </p>
      ) : null}
    </div>
  )
}
