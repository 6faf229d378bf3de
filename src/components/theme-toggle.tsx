import { SegmentedControl, type SegmentedOption } from '@/components/segmented-control'
import { type Theme, useTheme } from '@/components/theme-context'
import { Icon } from '@/components/ui/icon'

const options: readonly SegmentedOption<Theme>[] = [
  {
    value: 'light',
    label: 'Light',
    icon: (
      <Icon>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M6.34 17.66l-1.41 1.41M19.07 4.93l-1.41 1.41" />
      </Icon>
    ),
  },
  {
    value: 'dark',
    label: 'Dark',
    icon: (
      <Icon>
        <path d="M12 3a6 6 0 0 0 9 9 9 9 0 1 1-9-9Z" />
      </Icon>
    ),
  },
  {
    value: 'system',
    label: 'System',
    icon: (
      <Icon>
        <rect width="20" height="14" x="2" y="3" rx="2" />
        <path d="M8 21h8M12 17v4" />
      </Icon>
    ),
  },
]

export type ThemeToggleProps = { className?: string }

/** Light, dark or follow the system: three labelled radio buttons shown as icons. */
export function ThemeToggle({ className }: ThemeToggleProps) {
  const { theme, setTheme } = useTheme()
  return (
    <SegmentedControl
      legend="Theme"
      name="theme"
      value={theme}
      onValueChange={setTheme}
      options={options}
      iconOnly
      className={className}
    />
  )
}
