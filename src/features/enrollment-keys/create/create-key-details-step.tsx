import { useId } from 'react'
import { Controller, useFormContext, useWatch } from 'react-hook-form'

import { NAME_MAX, NAME_MIN, USES_MAX, USES_MIN } from '@/api/enrollment-keys/rules'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { formatCount } from '@/lib/format'

import { CreateKeyOptionCard } from '../fields/create-key-option-card'
import { type CreateKeyFormValues, type CreateKeyType, expiryInDays } from '../forms/create-key-form'
import { formatExpiry } from '../forms/create-key-summary'

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

/** A field shown under the type it belongs to. */
const SUB_FIELD = 'border-primary/30 ml-2 border-l-2 pl-4'

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

  return (
    <div className="grid gap-6">
      <Field
        label="Name"
        hint={`${NAME_MIN}–${NAME_MAX} characters: letters, digits, spaces, - and _. Not the name of another key or of a network.`}
        error={errors.name?.message}
      >
        {(a11y) => (
          <Input
            {...a11y}
            autoComplete="off"
            spellCheck={false}
            {...register('name', {
              // Checked as you type once it could be a whole name (duplicates, characters, length).
              onChange: (event: { target: { value: string } }) => {
                if (errors.name || event.target.value.trim().length >= NAME_MIN) void trigger('name')
              },
            })}
          />
        )}
      </Field>

      <div className="grid gap-3">
        <Field label="Type" group className="gap-3">
          {(a11y) => (
            <Controller
              control={control}
              name="type"
              render={({ field }) => (
                <RadioGroup
                  {...a11y}
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
          )}
        </Field>

        {type === 'limited' ? (
          <Field
            label="Number of uses"
            hint={`A whole number from ${formatCount(USES_MIN)} to ${formatCount(USES_MAX)}.`}
            error={errors.uses?.message}
            className={SUB_FIELD}
          >
            {(a11y) => (
              <div className="w-40">
                <Input
                  {...a11y}
                  type="number"
                  inputMode="numeric"
                  min={USES_MIN}
                  max={USES_MAX}
                  step={1}
                  {...register('uses')}
                />
              </div>
            )}
          </Field>
        ) : null}

        {type === 'time-bound' ? (
          <Field
            label="Expires at"
            hint={`In your time zone (${timeZone}).${expiresAt && !errors.expiresAt ? ` Expires ${formatExpiry(expiresAt)}.` : ''}`}
            error={errors.expiresAt?.message}
            className={SUB_FIELD}
          >
            {(a11y) => (
              <div className="flex flex-wrap items-center gap-2">
                <div className="w-60">
                  <Input {...a11y} type="datetime-local" {...register('expiresAt')} />
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
            )}
          </Field>
        ) : null}
      </div>

      {defaultSupported ? (
        <Field
          label="Make this the default key for its networks"
          hint="A network's default key is the one Netmaker offers first when a device joins it. Each network has one default: this key replaces the current default of every network you choose next."
          layout="start"
        >
          {(a11y) => (
            <Controller
              control={control}
              name="isDefault"
              render={({ field }) => (
                <Checkbox
                  {...a11y}
                  ref={field.ref}
                  checked={field.value}
                  onCheckedChange={(checked) => field.onChange(checked === true)}
                />
              )}
            />
          )}
        </Field>
      ) : null}
    </div>
  )
}
