import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'

import { checkKeyFreshness } from '@/api/enrollment-keys/key-freshness'
import type { EnrollmentKey } from '@/api/enrollment-keys/schemas'
import { toast } from '@/lib/toast'

/**
 * For Copy buttons of a key's token or join command: checks with the server first that the token is
 * still the key's (another tab or administrator may have regenerated it, or deleted the key). Resolves
 * to the text to copy, or null when nothing may be copied; says why in a toast.
 */
export function useFreshCopy(key: EnrollmentKey): (text: (key: EnrollmentKey) => string) => Promise<string | null> {
  const queryClient = useQueryClient()
  return useCallback(
    async (text) => {
      try {
        const fresh = await checkKeyFreshness(queryClient, key)
        if (fresh.state === 'same') return text(fresh.key)
        if (fresh.state === 'changed') {
          toast.error(
            `The token of ${key.name} was regenerated elsewhere`,
            'The token shown here no longer works, so nothing was copied. The list now has the new token: copy it from there.',
          )
          return null
        }
        toast.error(`${key.name} no longer exists`, 'It was deleted elsewhere, so nothing was copied.')
        return null
      } catch (error) {
        // The check could not be made (offline, server down): copy what was last loaded, and say so.
        toast.error(
          "Couldn't check that this token is still current",
          `${error instanceof Error ? error.message : 'The server did not answer.'} Copied the token as last loaded.`,
        )
        return text(key)
      }
    },
    [queryClient, key],
  )
}
