import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, useForm, useWatch } from 'react-hook-form'

import { SegmentedControl, type SegmentedOption } from '@/components/segmented-control'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { DEMO_CREDENTIALS } from '@/lib/demo'
import { env } from '@/lib/env'
import { useSession } from '@/lib/use-session'

import {
  createLoginFormSchema,
  loginFormDefaults,
  type LoginFormValues,
  normaliseServerUrl,
  SERVER_URL_EXAMPLE,
  type SignInMethod,
} from '../forms/login-form-schema'
import { signInErrorMessage } from '../lib/sign-in-error'
import { type SignInRequest, useSignIn } from '../lib/use-sign-in'
import { DemoCredentials } from './demo-credentials'
import { FormField } from './form-field'
import { SecretInput } from './secret-input'

/** In demo builds requests go to the mock on this origin: there is no server to choose. */
const askForServer = !env.mock
const loginFormSchema = createLoginFormSchema({ requireServerUrl: askForServer })

const methodOptions: readonly SegmentedOption<SignInMethod>[] = [
  { value: 'password', label: 'Username & password' },
  { value: 'master-key', label: 'Master key' },
]

function toRequest(values: LoginFormValues): SignInRequest {
  const serverUrl = askForServer ? normaliseServerUrl(values.serverUrl) : ''
  return values.method === 'password'
    ? {
        method: 'password',
        serverUrl,
        username: values.username.trim(),
        password: values.password,
        remember: values.remember,
      }
    : { method: 'master-key', serverUrl, masterKey: values.masterKey.trim(), remember: values.remember }
}

/** Sign in with a Netmaker user or the server's master key. */
export function LoginForm() {
  const { lastSignOut } = useSession()
  const signIn = useSignIn()
  const {
    register,
    control,
    handleSubmit,
    setValue,
    clearErrors,
    formState: { errors },
  } = useForm({
    resolver: zodResolver(loginFormSchema),
    defaultValues: loginFormDefaults(env.apiUrl),
  })
  const method = useWatch({ control, name: 'method' })

  const failure = signIn.isError ? signInErrorMessage(signIn.error, signIn.variables) : null

  function fillDemoCredentials() {
    const options = { shouldDirty: true } as const
    setValue('username', DEMO_CREDENTIALS.username, options)
    setValue('password', DEMO_CREDENTIALS.password, options)
    setValue('masterKey', DEMO_CREDENTIALS.masterKey, options)
    clearErrors()
  }

  return (
    <form
      noValidate
      aria-busy={signIn.isPending}
      onSubmit={(event) =>
        void handleSubmit((values) =>
          signIn.mutate(toRequest(values), {
            // Signed in: the secret has done its job; keep it out of the form's memory.
            onSuccess: () => {
              setValue('password', '')
              setValue('masterKey', '')
            },
          }),
        )(event)
      }
      className="flex flex-col gap-5"
    >
      {failure ? (
        <Alert variant="destructive" role="alert" className="font-medium">
          {failure}
        </Alert>
      ) : lastSignOut === 'expired' ? (
        <Alert variant="warning" role="status">
          Your session has expired. Sign in again.
        </Alert>
      ) : lastSignOut === 'signed-out' ? (
        <Alert variant="info" role="status">
          You have signed out.
        </Alert>
      ) : null}

      {env.mock ? <DemoCredentials onFill={fillDemoCredentials} /> : null}

      {askForServer ? (
        <FormField
          id="login-server-url"
          label="Server URL"
          error={errors.serverUrl?.message}
          hint="The address of your Netmaker server's API. Leave it empty when the API is served from this console's own address."
        >
          {(fieldProps) => (
            <Input
              {...fieldProps}
              {...register('serverUrl')}
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              placeholder={SERVER_URL_EXAMPLE}
            />
          )}
        </FormField>
      ) : null}

      <Controller
        control={control}
        name="method"
        render={({ field }) => (
          <SegmentedControl
            legend="Sign in with"
            name="login-method"
            value={field.value}
            onValueChange={(next) => {
              field.onChange(next)
              clearErrors()
              signIn.reset()
            }}
            options={methodOptions}
            fullWidth
          />
        )}
      />

      {method === 'password' ? (
        <>
          <FormField id="login-username" label="Username" error={errors.username?.message}>
            {(fieldProps) => (
              <Input
                {...fieldProps}
                {...register('username')}
                autoComplete="username"
                spellCheck={false}
                autoCapitalize="none"
              />
            )}
          </FormField>
          <FormField id="login-password" label="Password" error={errors.password?.message}>
            {(fieldProps) => (
              <SecretInput
                {...fieldProps}
                {...register('password')}
                secretName="password"
                autoComplete="current-password"
              />
            )}
          </FormField>
        </>
      ) : (
        <FormField
          id="login-master-key"
          label="Server master key"
          error={errors.masterKey?.message}
          hint="The server's MASTER_KEY. It has full access: prefer a user account for daily work."
        >
          {(fieldProps) => (
            <SecretInput
              {...fieldProps}
              {...register('masterKey')}
              secretName="master key"
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
            />
          )}
        </FormField>
      )}

      <Controller
        control={control}
        name="remember"
        render={({ field }) => (
          <div className="flex items-start gap-2.5">
            <Checkbox
              id="login-remember"
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onCheckedChange={(checked) => field.onChange(checked === true)}
              onBlur={field.onBlur}
              aria-describedby="login-remember-hint"
              className="mt-0.5"
            />
            <div className="flex flex-col gap-1">
              <Label htmlFor="login-remember">Keep me signed in</Label>
              <p id="login-remember-hint" className="text-muted-foreground text-xs">
                Stay signed in after closing the browser. Leave this off on shared computers.
              </p>
            </div>
          </div>
        )}
      />

      <Button type="submit" size="lg" disabled={signIn.isPending} className="w-full">
        {signIn.isPending ? (
          <>
            <svg viewBox="0 0 24 24" className="animate-spin" fill="none" aria-hidden="true">
              <circle cx="12" cy="12" r="9" stroke="currentColor" strokeOpacity="0.3" strokeWidth="3" />
              <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
            </svg>
            Signing in…
          </>
        ) : (
          'Sign in'
        )}
      </Button>
    </form>
  )
}
