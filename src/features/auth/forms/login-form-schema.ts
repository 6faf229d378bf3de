import * as z from 'zod/mini'

export const signInMethods = ['password', 'master-key'] as const
export type SignInMethod = (typeof signInMethods)[number]

export const SERVER_URL_EXAMPLE = 'https://api.netmaker.example.com'

/** True for an absolute http(s) address with a host and no query or fragment. */
export function isServerUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.search && !url.hash
}

/** The base URL requests are built on: trimmed, without trailing slashes. */
export function normaliseServerUrl(value: string): string {
  return value.trim().replace(/\/+$/, '')
}

type CredentialValues = { method: SignInMethod; username: string; password: string; masterKey: string }

function checkCredentials(values: CredentialValues, issue: (path: string, message: string) => void) {
  if (values.method === 'password') {
    if (!values.username.trim()) issue('username', 'Enter your username')
    if (!values.password) issue('password', 'Enter your password')
  } else if (!values.masterKey.trim()) {
    issue('masterKey', 'Enter the master key')
  }
}

/**
 * The sign-in form. One object for both methods (what was typed for the other method stays when the user
 * switches); the checks look only at the fields of the chosen method.
 */
export function createLoginFormSchema({ requireServerUrl }: { requireServerUrl: boolean }) {
  // requireServerUrl: the form shows the field, so what is typed there must be a URL (or nothing).
  return z
    .object({
      method: z.enum(signInMethods),
      serverUrl: z.string(),
      username: z.string(),
      password: z.string(),
      masterKey: z.string(),
      remember: z.boolean(),
    })
    .check(
      z.superRefine((values, ctx) => {
        const issue = (path: string, message: string) =>
          ctx.addIssue({ code: 'custom', path: [path], message, input: values })
        const url = values.serverUrl.trim()
        // Empty means the console's own origin (the API served behind the same address).
        if (requireServerUrl && url) {
          if (!/^https?:\/\//i.test(url)) issue('serverUrl', `Start the URL with https:// (like ${SERVER_URL_EXAMPLE})`)
          else if (!isServerUrl(url)) issue('serverUrl', `Enter a valid URL, like ${SERVER_URL_EXAMPLE}`)
        }
        checkCredentials(values, issue)
      }),
    )
}

export type LoginFormSchema = ReturnType<typeof createLoginFormSchema>
export type LoginFormValues = z.infer<LoginFormSchema>

export function loginFormDefaults(serverUrl: string): LoginFormValues {
  return { method: 'password', serverUrl, username: '', password: '', masterKey: '', remember: false }
}
