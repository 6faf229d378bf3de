import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'

import { createQueryClient } from '@/api/query-client'
import { ConnectionNotices } from '@/components/connection-notices'
import { ThemeProvider } from '@/components/theme-provider'
import { Toaster } from '@/components/toaster'

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
