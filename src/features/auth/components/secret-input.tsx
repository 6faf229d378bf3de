import { useState } from 'react'

import { Icon } from '@/components/ui/icon'
import { Input, type InputProps } from '@/components/ui/input'

export type SecretInputProps = Omit<InputProps, 'type'> & {
  /** What is hidden, for the toggle's name: "password" gives "Show password". */
  secretName: string
}

/** A password-type input with a button that shows or hides what was typed. */
export function SecretInput({ secretName, className, ...props }: SecretInputProps) {
  const [visible, setVisible] = useState(false)
  return (
    <div className="relative">
      <Input {...props} type={visible ? 'text' : 'password'} className={className ? `pr-10 ${className}` : 'pr-10'} />
      <button
        type="button"
        onClick={() => setVisible((v) => !v)}
        aria-label={`${visible ? 'Hide' : 'Show'} ${secretName}`}
        title={`${visible ? 'Hide' : 'Show'} ${secretName}`}
        className="text-muted-foreground hover:text-foreground hover:bg-accent focus-visible:outline-ring absolute top-1/2 right-1 grid size-7 -translate-y-1/2 place-items-center rounded-md focus-visible:outline-2"
      >
        {visible ? (
          <Icon className="size-4">
            <path d="M10.733 5.076a10.744 10.744 0 0 1 11.205 6.575 1 1 0 0 1 0 .696 10.747 10.747 0 0 1-1.444 2.49" />
            <path d="M14.084 14.158a3 3 0 0 1-4.242-4.242" />
            <path d="M17.479 17.499a10.75 10.75 0 0 1-15.417-5.151 1 1 0 0 1 0-.696 10.75 10.75 0 0 1 4.446-5.143" />
            <path d="m2 2 20 20" />
          </Icon>
        ) : (
          <Icon className="size-4">
            <path d="M2.062 12.348a1 1 0 0 1 0-.696 10.75 10.75 0 0 1 19.876 0 1 1 0 0 1 0 .696 10.75 10.75 0 0 1-19.876 0" />
            <circle cx="12" cy="12" r="3" />
          </Icon>
        )}
      </button>
    </div>
  )
}
