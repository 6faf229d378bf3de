import { useEffect } from 'react'

export const PRODUCT_NAME = 'Netmaker Console'

export type DocumentTitleProps = {
  /** The page's own name, e.g. "Keys"; omitted: just the product name. */
  title?: string
}

/** Sets the browser tab's title while mounted: "<page> · Netmaker Console". Renders nothing. */
export function DocumentTitle({ title }: DocumentTitleProps) {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT_NAME}` : PRODUCT_NAME
  }, [title])
  return null
}
