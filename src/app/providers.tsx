import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { ConnectionNotices } from '@/components/connection-notices'
import { Toaster } from '@/components/toaster'
import { createQueryClient } from '@/api/query-client'
import { ThemeProvider } from '@/components/theme-provider'

export type AppProvidersProps = { children: ReactNode; queryClient?: QueryClient }

export function AppProviders({ children, queryClient }: AppProvidersProps) {
  const [client] = useState(() => queryClient ?? createQueryClient())
  return (
    <ThemeProvider>
      <QueryClientProvider client={client}>
        {children}
        <ConnectionNotices />
        <Toaster />
      </QueryClientProvider>
    </ThemeProvider>
  )
}
