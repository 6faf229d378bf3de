import type { KeyRow } from '../lib/list-view'

export type KeyGatewayProps = { row: KeyRow }

/** The key's gateway as "host (network)", "Auto-select", a short id when unknown, or a dash for none. */
export function KeyGateway({ row }: KeyGatewayProps) {
  const { key, gateway } = row
  if (gateway) {
    return (
      <span className="flex flex-col leading-tight whitespace-nowrap">
        <span>{gateway.hostName}</span> <span className="text-muted-foreground text-xs">({gateway.network})</span>
      </span>
    )
  }
  if (key.autoAssignGateway) return <span className="text-muted-foreground whitespace-nowrap">Auto-select</span>
  if (key.gatewayId)
    return <span className="text-muted-foreground font-mono text-xs">{key.gatewayId.slice(0, 8)}…</span>
  return (
    <span className="text-muted-foreground" aria-label="No gateway">
      —
    </span>
  )
}
