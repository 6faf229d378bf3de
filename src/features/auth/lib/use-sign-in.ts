import { useMutation } from '@tanstack/react-query'

import { authenticate, verifyMasterKey } from '@/api/auth/requests'
import { type Session, sessionStore } from '@/lib/session'

export type SignInRequest =
  | { method: 'password'; serverUrl: string; username: string; password: string; remember: boolean }
  | { method: 'master-key'; serverUrl: string; masterKey: string; remember: boolean }

async function signIn(request: SignInRequest): Promise<Session> {
  if (request.method === 'password') {
    const { username, token } = await authenticate(request.serverUrl, {
      username: request.username,
      password: request.password,
    })
    return { token, serverUrl: request.serverUrl, username }
  }
  await verifyMasterKey(request.serverUrl, request.masterKey)
  return { token: request.masterKey, serverUrl: request.serverUrl, username: null }
}

/** Checks the credentials with the server and, when they are good, starts the session. */
export function useSignIn() {
  return useMutation({
    mutationFn: signIn,
    // The variables hold the password or master key: forget them as soon as no form shows the result,
    // not after the default five minutes.
    gcTime: 0,
    onSuccess: (session, request) => sessionStore.signIn(session, request.remember),
  })
}
