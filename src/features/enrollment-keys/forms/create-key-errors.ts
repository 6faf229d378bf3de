import type { CreateKeyField } from './create-key-form'

export type CreateKeyErrorPlace =
  | { kind: 'field'; field: Extract<CreateKeyField, 'name' | 'networks' | 'gatewayId'>; message: string }
  | { kind: 'general'; message: string }

/**
 * Where a server error about a create belongs: on a field of the step the user can fix it in, or at
 * the top of the review step.
 */
export function placeCreateKeyError(serverMessage: string): CreateKeyErrorPlace {
  const text = serverMessage.toLowerCase()
  if (text.includes('key names must be unique')) {
    return {
      kind: 'field',
      field: 'name',
      message: 'The server already has a key with this name. Choose another name.',
    }
  }
  if (text.includes('name length')) {
    return { kind: 'field', field: 'name', message: `The server refused this name: ${serverMessage}` }
  }
  if (text.includes('require at least one network')) {
    return { kind: 'field', field: 'networks', message: `The server refused the networks: ${serverMessage}` }
  }
  if (
    text.includes('relay node not in') ||
    text.includes('relay node is not a relay') ||
    text.includes('no result found') ||
    text.includes('invalid uuid')
  ) {
    return { kind: 'field', field: 'gatewayId', message: `The server refused this gateway: ${serverMessage}` }
  }
  return { kind: 'general', message: serverMessage }
}
