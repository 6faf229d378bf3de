import { useId, useState } from 'react'

import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '@/components/ui/dialog'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { downloadTextFile } from '@/lib/download'
import { toast } from '@/lib/toast'

import { CreateKeyOptionCard } from '../fields/create-key-option-card'
import { useServerName } from '../hooks/use-server-name'
import { buildExport, type ExportFormat } from '../lib/export-keys'
import { keyCount } from '../lib/format'
import type { KeyRow } from '../lib/list-view'

export type ExportScope = 'view' | 'selection'

export type ExportKeysDialogProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Every key of the current view (search and filters applied, all pages), in its order. */
  viewRows: readonly KeyRow[]
  /** The selected keys. */
  selectedRows: readonly KeyRow[]
  /** Whether search or filters narrow the view. */
  filtered: boolean
  /** Which keys are chosen at first (the selection when there is one). */
  initialScope?: ExportScope
}

const FORMAT_LABELS: Record<ExportFormat, { label: string; description: string }> = {
  csv: { label: 'CSV', description: 'For spreadsheets. Lists (networks, tags) are separated by “; ”.' },
  json: { label: 'JSON', description: 'For scripts: lists stay lists, with the server and time of export.' },
}

/**
 * "Export keys": the current view or the selection, as CSV or JSON. Tokens stay out unless
 * "Include tokens" is ticked, which warns that the file is then a secret.
 */
export function ExportKeysDialog({
  open,
  onOpenChange,
  viewRows,
  selectedRows,
  filtered,
  initialScope,
}: ExportKeysDialogProps) {
  const id = useId()
  const server = useServerName()
  const [scope, setScope] = useState<ExportScope>(initialScope ?? (selectedRows.length > 0 ? 'selection' : 'view'))
  const [format, setFormat] = useState<ExportFormat>('csv')
  const [includeTokens, setIncludeTokens] = useState(false)

  const rows = scope === 'selection' ? selectedRows : viewRows
  const count = rows.length

  function onDownload() {
    if (count === 0) return
    const now = new Date()
    const file = buildExport(rows, { format, includeTokens, server: server.name, now })
    downloadTextFile(file.name, file.type, file.content)
    toast.success(`Exported ${keyCount(count)}`, file.name)
    onOpenChange(false)
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent size="md">
        <DialogHeader>
          <DialogTitle>Export keys</DialogTitle>
          <DialogDescription>
            Download name, status and its reason, type, uses left, expiry, networks, gateway, tags and default for each
            key.
          </DialogDescription>
        </DialogHeader>

        <div className="grid gap-5">
          <fieldset className="grid gap-2">
            <legend id={`${id}-scope`} className="mb-2 text-sm font-medium">
              Keys
            </legend>
            <RadioGroup
              aria-labelledby={`${id}-scope`}
              value={scope}
              onValueChange={(value) => setScope(value === 'selection' ? 'selection' : 'view')}
              className="gap-1.5"
            >
              <CreateKeyOptionCard
                htmlFor={`${id}-view`}
                control={<RadioGroupItem value="view" id={`${id}-view`} aria-describedby={`${id}-view-desc`} />}
                label={filtered ? 'This view' : 'All keys'}
                description={
                  filtered
                    ? `${keyCount(viewRows.length)}: the search and filters applied, every page.`
                    : `${keyCount(viewRows.length)}, in the order shown.`
                }
                descriptionId={`${id}-view-desc`}
                selected={scope === 'view'}
              />
              <CreateKeyOptionCard
                htmlFor={`${id}-selection`}
                control={
                  <RadioGroupItem
                    value="selection"
                    id={`${id}-selection`}
                    disabled={selectedRows.length === 0}
                    aria-describedby={`${id}-selection-desc`}
                  />
                }
                label="Selected keys"
                description={
                  selectedRows.length > 0
                    ? `${keyCount(selectedRows.length)} selected.`
                    : 'No keys are selected: tick keys in the list to export just those.'
                }
                descriptionId={`${id}-selection-desc`}
                selected={scope === 'selection'}
              />
            </RadioGroup>
          </fieldset>

          <fieldset className="grid gap-2">
            <legend id={`${id}-format`} className="mb-2 text-sm font-medium">
              Format
            </legend>
            <RadioGroup
              aria-labelledby={`${id}-format`}
              value={format}
              onValueChange={(value) => setFormat(value === 'json' ? 'json' : 'csv')}
              className="gap-1.5 sm:grid-cols-2"
            >
              {(['csv', 'json'] as const).map((f) => (
                <CreateKeyOptionCard
                  key={f}
                  htmlFor={`${id}-${f}`}
                  control={<RadioGroupItem value={f} id={`${id}-${f}`} aria-describedby={`${id}-${f}-desc`} />}
                  label={FORMAT_LABELS[f].label}
                  description={FORMAT_LABELS[f].description}
                  descriptionId={`${id}-${f}-desc`}
                  selected={format === f}
                />
              ))}
            </RadioGroup>
          </fieldset>

          <div className="grid gap-3">
            <div className="flex items-start gap-3">
              <Checkbox
                id={`${id}-tokens`}
                checked={includeTokens}
                onCheckedChange={(checked) => setIncludeTokens(checked === true)}
                aria-describedby={`${id}-tokens-desc`}
                className="mt-0.5"
              />
              <div className="grid gap-1">
                <Label htmlFor={`${id}-tokens`} className="cursor-pointer">
                  Include tokens
                </Label>
                <p id={`${id}-tokens-desc`} className="text-muted-foreground text-xs">
                  Left out unless ticked: a token lets any device join the key’s networks.
                </p>
              </div>
            </div>
            {includeTokens ? (
              <Alert variant="warning" role="alert">
                <AlertTitle>The file will be a secret</AlertTitle>
                <AlertDescription>
                  Anyone who has it can join devices to these networks. Keep it like a password, share it only over a
                  safe channel, and delete it when it is no longer needed. Its name ends in “WITH-TOKENS” as a reminder.
                </AlertDescription>
              </Alert>
            ) : null}
          </div>
        </div>

        <DialogFooter className="border-t pt-4">
          <Button variant="ghost" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button onClick={onDownload} disabled={count === 0}>
            Download {FORMAT_LABELS[format].label} ({keyCount(count)})
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}
