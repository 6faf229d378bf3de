import * as z from 'zod/mini'

const envSchema = z.object({
  VITE_API_URL: z.optional(z.string()),
  VITE_MOCK: z.optional(z.string()),
  MODE: z.string(),
})

const parsed = envSchema.parse(import.meta.env)

/** Build-time configuration, validated once. */
export const env = {
  /** Default Netmaker API URL offered on the login page ("" = same origin). */
  apiUrl: (parsed.VITE_API_URL ?? '').replace(/\/+$/, ''),
  /** True when the app runs on the in-browser mock server (demo, tests). */
  mock: parsed.VITE_MOCK === 'true',
  mode: parsed.MODE,
} as const
