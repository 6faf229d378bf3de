import { useCallback, useSyncExternalStore } from 'react'

import { type InstallPlatform, isInstallPlatform } from '../lib/install-commands'

/** The platform tab last chosen, kept as a preference (it holds no secret). */
export const INSTALL_PLATFORM_STORAGE_KEY = 'keys-console:install-platform'
const DEFAULT_PLATFORM: InstallPlatform = 'linux'

const listeners = new Set<() => void>()
/** The choice made in this page, for when storage is unavailable. */
let chosen: InstallPlatform | null = null

function read(): InstallPlatform {
  try {
    const stored = localStorage.getItem(INSTALL_PLATFORM_STORAGE_KEY)
    if (stored && isInstallPlatform(stored)) return stored
  } catch {
    // storage unavailable
  }
  return chosen ?? DEFAULT_PLATFORM
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another tab choosing a platform changes it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === INSTALL_PLATFORM_STORAGE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** The remembered install platform, shared by every place that shows install instructions. */
export function useInstallPlatform(): [InstallPlatform, (platform: InstallPlatform) => void] {
  const platform = useSyncExternalStore(subscribe, read, () => DEFAULT_PLATFORM)
  const choose = useCallback((next: InstallPlatform) => {
    chosen = next
    try {
      localStorage.setItem(INSTALL_PLATFORM_STORAGE_KEY, next)
    } catch {
      // storage unavailable: the choice lasts as long as the page
    }
    for (const listener of listeners) listener()
  }, [])
  return [platform, choose]
}
