import { Alert, AlertDescription } from '@/components/ui/alert'

export type CreateKeyStartNotesProps = {
  /** The form came back from a session that ended. */
  draftRestored: boolean
  /** Renew/clone: what could not be copied from the old key. */
  notes?: readonly string[]
}

/** What the first step says about where the form's values came from, if anything. */
export function CreateKeyStartNotes({ draftRestored, notes = [] }: CreateKeyStartNotesProps) {
  return (
    <>
      {draftRestored ? (
        <Alert variant="info" className="mb-4">
          <AlertDescription>
            Your session ended while you were creating this key. What you had typed is back: check it and go on.
          </AlertDescription>
        </Alert>
      ) : null}
      {notes.length > 0 ? (
        <Alert variant="info" className="mb-4">
          <AlertDescription>
            <ul className="grid gap-1">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
    </>
  )
}
