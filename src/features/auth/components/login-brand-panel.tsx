import type { ReactNode } from 'react'

import { AppLogo } from '@/components/app-logo'
import { ProductWordmark } from '@/components/product-wordmark'
import { Icon } from '@/components/ui/icon'
import { cn } from '@/lib/utils'

const points: readonly { title: string; text: string; icon: ReactNode }[] = [
  {
    title: 'Every kind of key',
    text: 'Time-bound, limited-use and unlimited keys, with gateways and tags.',
    icon: (
      <path d="M2.586 17.414A2 2 0 0 0 2 18.828V21a1 1 0 0 0 1 1h3a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h1a1 1 0 0 0 1-1v-1a1 1 0 0 1 1-1h.172a2 2 0 0 0 1.414-.586l.814-.814a6.5 6.5 0 1 0-4-4z" />
    ),
  },
  {
    title: 'Ready-to-run join commands',
    text: 'Copy the netclient command for a key and hand it to whoever sets up the host.',
    icon: <path d="m4 17 6-6-6-6M12 19h8" />,
  },
  {
    title: 'Your server, any version',
    text: 'Works with Netmaker v1.5 and newer, and says what an older server cannot do.',
    icon: (
      <>
        <rect width="20" height="8" x="2" y="2" rx="2" />
        <rect width="20" height="8" x="2" y="14" rx="2" />
        <path d="M6 6h.01M6 18h.01" />
      </>
    ),
  },
]

/** Mesh of nodes drawn behind the panel's text. */
function MeshBackdrop() {
  const nodes: readonly [number, number][] = [
    [60, 80],
    [210, 40],
    [330, 150],
    [120, 230],
    [260, 300],
    [420, 60],
    [470, 250],
    [380, 390],
    [160, 420],
    [40, 360],
  ]
  const links: readonly [number, number][] = [
    [0, 1],
    [1, 2],
    [0, 3],
    [2, 3],
    [2, 4],
    [3, 4],
    [1, 5],
    [5, 2],
    [5, 6],
    [2, 6],
    [4, 6],
    [4, 7],
    [6, 7],
    [4, 8],
    [3, 9],
    [8, 9],
    [7, 8],
  ]
  return (
    <svg
      viewBox="0 0 500 460"
      aria-hidden="true"
      className="absolute -right-24 -bottom-10 w-[120%] max-w-none [mask-image:radial-gradient(80%_80%_at_85%_85%,black,transparent)] opacity-30"
    >
      {links.map(([a, b]) => {
        const from = nodes[a]
        const to = nodes[b]
        if (!from || !to) return null
        return (
          <line
            key={`${a}-${b}`}
            x1={from[0]}
            y1={from[1]}
            x2={to[0]}
            y2={to[1]}
            stroke="#60a5fa"
            strokeOpacity="0.35"
          />
        )
      })}
      {nodes.map(([x, y]) => (
        <circle key={`${x}-${y}`} cx={x} cy={y} r="4" fill="#93c5fd" />
      ))}
    </svg>
  )
}

export type LoginBrandPanelProps = { className?: string }

/** The left half of the sign-in screen on wide windows: what this console is for. */
export function LoginBrandPanel({ className }: LoginBrandPanelProps) {
  return (
    <aside
      aria-label="About Netmaker Console"
      className={cn(
        'relative flex-col justify-between overflow-hidden bg-[radial-gradient(120%_90%_at_0%_0%,#1e3a8a_0%,#0b1220_55%,#070b14_100%)] p-10 text-white xl:p-14',
        className,
      )}
    >
      <MeshBackdrop />
      <div className="relative flex items-center gap-2.5">
        <AppLogo className="size-8" />
        <ProductWordmark inverted size="lg" />
      </div>
      <div className="relative max-w-md">
        <p className="text-3xl leading-tight font-semibold tracking-tight text-balance">
          Enrollment keys for your mesh, in one place.
        </p>
        <p className="mt-3 text-white/70">
          Create, share and retire the keys that let hosts join your Netmaker networks.
        </p>
        <ul className="mt-10 flex flex-col gap-5">
          {points.map((point) => (
            <li key={point.title} className="flex gap-3">
              <span className="grid size-9 shrink-0 place-items-center rounded-lg bg-white/10 ring-1 ring-white/15">
                <Icon className="size-4">{point.icon}</Icon>
              </span>
              <span>
                <span className="block font-medium">{point.title}</span>
                <span className="block text-sm text-white/65">{point.text}</span>
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p className="relative text-xs text-white/50">For administrators of a Netmaker server.</p>
    </aside>
  )
}
