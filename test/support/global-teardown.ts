export default async function globalTeardown(): Promise<void> {
  await Promise.all((globalThis.__ENGINES__ ?? []).map((e) => e.stop()));
}
