/** Placeholder: the key list arrives with the Keys page work. */
export function KeysPage() {
  return (
    <section>
      <h1 className="text-2xl font-semibold">Keys</h1>
    </section>
  )
}
