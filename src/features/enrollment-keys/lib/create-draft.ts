import { createKeyFormSchemaBase, type CreateKeyFormValues } from '../forms/create-key-form'
import { CREATE_DRAFT_KEY as DRAFT_KEY } from './create-draft-flag'

/**
 * What an administrator had typed into Create key when their session ended (a 401, or the session
 * expiring in another tab). Kept in this tab's sessionStorage until the Keys page opens again after
 * signing in, which reopens Create key with it. It holds no secret: a name, a type, networks, a gateway
 * and tags (a token exists only once the key is created).
 */
export function saveCreateDraft(values: CreateKeyFormValues): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(values))
  } catch {
    // Storage full or refused: the draft is lost, as it would have been without this.
  }
}

/**
 * The saved draft, if any (anything unreadable counts as none). Reading does not remove it, so a render
 * that runs twice sees it twice; the dialog discards it once it is on screen.
 */
export function readCreateDraft(): CreateKeyFormValues | null {
  let raw: string | null = null
  try {
    raw = sessionStorage.getItem(DRAFT_KEY)
  } catch {
    return null
  }
  if (!raw) return null
  try {
    const parsed = createKeyFormSchemaBase.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function discardCreateDraft(): void {
  try {
    sessionStorage.removeItem(DRAFT_KEY)
  } catch {
    // nothing stored
  }
}
