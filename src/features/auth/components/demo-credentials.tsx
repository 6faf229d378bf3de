import { Button } from '@/components/ui/button'
import { DEMO_CREDENTIALS } from '@/lib/demo'

export type DemoCredentialsProps = { onFill: () => void }

/** Demo builds only: the sample server's credentials, and a button that types them in. */
export function DemoCredentials({ onFill }: DemoCredentialsProps) {
  return (
    <section
      aria-labelledby="demo-credentials-title"
      className="border-primary/25 bg-primary/5 flex flex-col gap-3 rounded-lg border p-4 text-sm"
    >
      <div>
        <h2 id="demo-credentials-title" className="font-semibold">
          Demo mode
        </h2>
        <p className="text-muted-foreground mt-0.5">
          This console runs on sample data kept in your browser. Sign in with:
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">Username</dt>
        <dd>
          <code className="font-mono text-[13px]">{DEMO_CREDENTIALS.username}</code>
        </dd>
        <dt className="text-muted-foreground">Password</dt>
        <dd>
          <code className="font-mono text-[13px]">{DEMO_CREDENTIALS.password}</code>
        </dd>
        <dt className="text-muted-foreground">Master key</dt>
        <dd>
          <code className="font-mono text-[13px]">{DEMO_CREDENTIALS.masterKey}</code>
        </dd>
        <dt className="text-muted-foreground">Read-only</dt>
        <dd>
          <code className="font-mono text-[13px]">{DEMO_CREDENTIALS.viewer}</code>
          <span className="text-muted-foreground"> (same password; can look, not change)</span>
        </dd>
      </dl>
      <Button variant="outline" size="sm" className="self-start" onClick={onFill}>
        Fill in demo credentials
      </Button>
    </section>
  )
}
