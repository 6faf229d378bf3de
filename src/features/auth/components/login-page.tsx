/** Placeholder: the sign-in form arrives with the auth work. */
export function LoginPage() {
  return (
    <main className="mx-auto max-w-sm py-24">
      <h1 className="text-2xl font-semibold">Sign in</h1>
    </main>
  )
}
