import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'

/** What became of the old key after a renew or clone that asked to delete it. */
export type OldKeyOutcome =
  | { state: 'deleting'; name: string }
  | { state: 'deleted'; name: string }
  | { state: 'failed'; name: string; message: string }

export type OldKeyOutcomeNoticeProps = { outcome: OldKeyOutcome }

/** Shown above the new key's token: the old key is being deleted, was deleted, or could not be. */
export function OldKeyOutcomeNotice({ outcome }: OldKeyOutcomeNoticeProps) {
  if (outcome.state === 'failed') {
    return (
      <Alert variant="warning" role="alert">
        <AlertTitle>{outcome.name} was not deleted</AlertTitle>
        <AlertDescription>
          {outcome.message} It still works; delete it from the list when you are ready.
        </AlertDescription>
      </Alert>
    )
  }
  return (
    <p role="status" className="text-muted-foreground text-sm">
      {outcome.state === 'deleting'
        ? `Deleting ${outcome.name}…`
        : `${outcome.name} was deleted: its token no longer works.`}
    </p>
  )
}
