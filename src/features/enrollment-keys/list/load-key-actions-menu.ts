/** The actions menu pulls in Radix DropdownMenu: loaded after the first screen (the page warms it up). */
export const loadKeyActionsMenu = () => import('./key-actions-menu')
