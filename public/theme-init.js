// Applies the saved (or system) colour theme before the first paint, so a dark page does not flash light.
// A file rather than an inline script: the Content-Security-Policy allows scripts from the console's own
// origin only (see deploy/nginx.conf). Keep it in step with src/components/theme-provider.tsx.
/* global localStorage, matchMedia, document */
;(function () {
  try {
    var t = localStorage.getItem('theme')
    var dark = t === 'dark' || ((!t || t === 'system') && matchMedia('(prefers-color-scheme: dark)').matches)
    if (dark) document.documentElement.classList.add('dark')
  } catch {
    // storage unavailable: keep the light theme until React starts
  }
})()
