/** Where Create key keeps what was typed when the session ended (see create-draft.ts). */
export const CREATE_DRAFT_KEY = 'nm-console.create-draft'

/** Whether a draft is waiting (cheap: the Keys page asks on its first render). */
export function hasCreateDraft(): boolean {
  try {
    return sessionStorage.getItem(CREATE_DRAFT_KEY) !== null
  } catch {
    return false
  }
}
