/** How devices that join with a key reach the network: auto-select, one gateway (relay node), or neither. */
export type GatewaySetting = {
  autoAssignGateway: boolean
  /** The relay node's id; empty (or null) for no gateway. */
  gatewayId: string | null
}

/**
 * The one rule between a key's two gateway fields: a chosen gateway turns auto-select off (the server
 * does the same when it saves). Without a gateway, auto-select stays as it was.
 */
export function withGatewayRule<T extends GatewaySetting>(setting: T): T {
  return setting.gatewayId ? { ...setting, autoAssignGateway: false } : setting
}
