import { useId } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'
import {
  expiryInDays,
  NAME_MAX,
  NAME_MIN,
  type CreateKeyFormValues,
  type CreateKeyType,
} from '../forms/create-key-form'
import { formatExpiry } from '../forms/create-key-summary'
import { CreateKeyFieldError } from './create-key-field-error'
import { CreateKeyOptionCard } from './create-key-option-card'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { cn } from '@/lib/utils'

export type CreateKeyDetailsStepProps = {
  /** Offer "Make this the default key" (the server supports `default`). */
  defaultSupported: boolean
}

const TYPE_OPTIONS: { value: CreateKeyType; label: string; description: string }[] = [
  { value: 'unlimited', label: 'Unlimited', description: 'Any number of devices can join with it, with no end date.' },
  { value: 'limited', label: 'Limited number of uses', description: 'Each device that joins uses it up.' },
  { value: 'time-bound', label: 'Time-bound', description: 'Devices can join with it until a date and time.' },
]

const QUICK_PICKS = [1, 7, 30, 90] as const

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

/** Step 1: name, type (with uses or expiry) and the default flag. */
export function CreateKeyDetailsStep({ defaultSupported }: CreateKeyDetailsStepProps) {
  const id = useId()
  const {
    register,
    control,
    setValue,
    trigger,
    formState: { errors },
  } = useFormContext<CreateKeyFormValues>()
  const type = useWatch({ control, name: 'type' })
  const expiresAt = useWatch({ control, name: 'expiresAt' })

  const nameHint = `${id}-name-hint`
  const nameError = `${id}-name-error`
  const usesHint = `${id}-uses-hint`
  const usesError = `${id}-uses-error`
  const expiresHint = `${id}-expires-hint`
  const expiresError = `${id}-expires-error`
  const typeLabel = `${id}-type-label`
  const defaultHint = `${id}-default-hint`

  return (
    <div className="grid gap-6">
      <div className="grid gap-2">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input
          id={`${id}-name`}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={cn(nameHint, errors.name && nameError)}
          {...register('name', {
            // Checked as you type once it could be a whole name (duplicates, characters, length).
            onChange: (event: { target: { value: string } }) => {
              if (errors.name || event.target.value.trim().length >= NAME_MIN) void trigger('name')
            },
          })}
        />
        <p id={nameHint} className="text-muted-foreground text-xs">
          {NAME_MIN}–{NAME_MAX} characters: letters, digits, spaces, - and _. Not the name of another key or of a
          network.
        </p>
        <CreateKeyFieldError id={nameError} message={errors.name?.message} />
      </div>

      <div className="grid gap-3">
        <span id={typeLabel} className="text-sm leading-none font-medium">
          Type
        </span>
        <Controller
          control={control}
          name="type"
          render={({ field }) => (
            <RadioGroup
              aria-labelledby={typeLabel}
              value={field.value}
              onValueChange={(value) => field.onChange(value as CreateKeyType)}
              className="gap-2"
            >
              {TYPE_OPTIONS.map((option) => (
                <CreateKeyOptionCard
                  key={option.value}
                  htmlFor={`${id}-type-${option.value}`}
                  control={
                    <RadioGroupItem
                      value={option.value}
                      id={`${id}-type-${option.value}`}
                      aria-describedby={`${id}-type-${option.value}-desc`}
                      ref={option.value === field.value ? field.ref : undefined}
                    />
                  }
                  label={option.label}
                  description={option.description}
                  descriptionId={`${id}-type-${option.value}-desc`}
                  selected={field.value === option.value}
                />
              ))}
            </RadioGroup>
          )}
        />

        {type === 'limited' ? (
          <div className="border-primary/30 ml-2 grid gap-2 border-l-2 pl-4">
            <Label htmlFor={`${id}-uses`}>Number of uses</Label>
            <div className="w-40">
              <Input
                id={`${id}-uses`}
                type="number"
                inputMode="numeric"
                min={1}
                max={1_000_000}
                step={1}
                aria-invalid={errors.uses ? true : undefined}
                aria-describedby={cn(usesHint, errors.uses && usesError)}
                {...register('uses')}
              />
            </div>
            <p id={usesHint} className="text-muted-foreground text-xs">
              A whole number from 1 to 1,000,000.
            </p>
            <CreateKeyFieldError id={usesError} message={errors.uses?.message} />
          </div>
        ) : null}

        {type === 'time-bound' ? (
          <div className="border-primary/30 ml-2 grid gap-2 border-l-2 pl-4">
            <Label htmlFor={`${id}-expires`}>Expires at</Label>
            <div className="flex flex-wrap items-center gap-2">
              <div className="w-60">
                <Input
                  id={`${id}-expires`}
                  type="datetime-local"
                  aria-invalid={errors.expiresAt ? true : undefined}
                  aria-describedby={cn(expiresHint, errors.expiresAt && expiresError)}
                  {...register('expiresAt')}
                />
              </div>
              <div role="group" aria-label="Quick picks" className="flex flex-wrap gap-1.5">
                {QUICK_PICKS.map((days) => (
                  <Button
                    key={days}
                    variant="outline"
                    size="sm"
                    onClick={() =>
                      setValue('expiresAt', expiryInDays(days), {
                        shouldDirty: true,
                        shouldTouch: true,
                        shouldValidate: true,
                      })
                    }
                  >
                    {days === 1 ? '1 day' : `${days} days`}
                  </Button>
                ))}
              </div>
            </div>
            <p id={expiresHint} className="text-muted-foreground text-xs">
              In your time zone ({timeZone}).
              {expiresAt && !errors.expiresAt ? ` Expires ${formatExpiry(expiresAt)}.` : ''}
            </p>
            <CreateKeyFieldError id={expiresError} message={errors.expiresAt?.message} />
          </div>
        ) : null}
      </div>

      {defaultSupported ? (
        <Controller
          control={control}
          name="isDefault"
          render={({ field }) => (
            <div className="flex items-start gap-3">
              <Checkbox
                id={`${id}-default`}
                ref={field.ref}
                checked={field.value}
                onCheckedChange={(checked) => field.onChange(checked === true)}
                aria-describedby={defaultHint}
                className="mt-0.5"
              />
              <div className="grid gap-1">
                <Label htmlFor={`${id}-default`}>Make this the default key for its networks</Label>
                <p id={defaultHint} className="text-muted-foreground text-xs">
                  A network&apos;s default key is the one Netmaker offers first when a device joins it. Each network has
                  one default: this key replaces the current default of every network you choose next.
                </p>
              </div>
            </div>
          )}
        />
      ) : null}
    </div>
  )
}
