/**
 * A set-default the server answered without changing the key (a server that ignores `default` on update).
 * Its own module, so that code on the first screen can recognise it without loading the mutation hooks.
 */
export class DefaultNotChangedError extends Error {
  override readonly name = 'DefaultNotChangedError'
  constructor() {
    super('This Netmaker server does not support changing the default key')
  }
}

export function isDefaultNotChangedError(error: unknown): error is DefaultNotChangedError {
  return error instanceof DefaultNotChangedError
}
