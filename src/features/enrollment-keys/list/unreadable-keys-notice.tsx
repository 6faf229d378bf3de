import { useQuery } from '@tanstack/react-query'

import { enrollmentKeyQueries } from '@/api/enrollment-keys/queries'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { showInvisibleCharacters } from '@/lib/visible-text'

/**
 * Keys in the server's list that could not be read: named (when possible) with the field and value
 * that failed, while every other key is listed as usual.
 */
export function UnreadableKeysNotice() {
  const { data: unreadable = [] } = useQuery(enrollmentKeyQueries.unreadable())
  if (unreadable.length === 0) return null
  const count = unreadable.length
  return (
    <Alert variant="warning" role="status">
      <AlertTitle>
        {count === 1 ? '1 key could not be read' : `${count} keys could not be read`} and {count === 1 ? 'is' : 'are'}{' '}
        not shown
      </AlertTitle>
      <AlertDescription>
        <p>The server sent {count === 1 ? 'it' : 'them'} with a value this console does not understand:</p>
        <ul className="mt-1 list-disc pl-5">
          {unreadable.map((item) => (
            <li key={item.index} className="break-all">
              Key {item.index + 1} in the server&apos;s list
              {item.name ? <> (“{showInvisibleCharacters(item.name)}”)</> : null}: field{' '}
              <code className="font-mono">{item.field}</code> is <code className="font-mono">{item.value}</code> —{' '}
              {item.problem}
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  )
}
